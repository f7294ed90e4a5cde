import { describe, expect, it } from 'vitest';
import { labelCommunities } from '../../src/cluster/labels.ts';
import { louvain } from '../../src/cluster/louvain.ts';
import type { NodeKind } from '../../src/types.ts';
import { cliqueRing, twoTopics } from './fixtures.ts';

describe('community labels', () => {
  it('names each community from its characteristic entities, not from the hub shared by all', () => {
    const graph = twoTopics();
    louvain.assign(graph, { seed: 1 });
    const labels = labelCommunities(graph);
    const llama = labels.find((c) => c.top.includes('model:Llama-2-7B'))!;
    expect(llama.label.split(' · ')).toEqual(expect.arrayContaining(['Llama-2-7B', 'LoRA']));
    expect(llama.label).not.toContain('tagged-model');
    expect(llama.kinds.paper).toBe(4);
    expect(labels.reduce((n, c) => n + c.size, 0)).toBe(graph.order);
  });

  it('names a paper alone with its authors by its title, not by its first authors alphabetically (invented graph)', () => {
    const graph = twoTopics();
    const paper = 'paper:collab';
    graph.addNode(paper, { kind: 'paper', label: 'AGN identification using diffusion-based inpainting' });
    for (const name of ['A. Biviano', 'A. Blanchard', 'A. Bonchi', 'Z. Zhou']) {
      graph.addNode(`author:${name}`, { kind: 'author', label: name });
      graph.addDirectedEdgeWithKey(`wrote:${name}`, `author:${name}`, paper, { relation: 'wrote', weight: 1 });
    }
    louvain.assign(graph, { seed: 1 });
    const alone = labelCommunities(graph).find((c) => c.kinds.paper === 1 && !c.kinds.model && !c.kinds.method && !c.kinds.dataset)!;
    expect(alone.label).toBe('AGN identification using diffusion-based inpainting');
    expect(alone.top).toEqual([paper]);
  });

  it('names one name read as two kinds once (invented graph: SiO2 a method in some papers, a dataset in others)', () => {
    const graph = twoTopics();
    graph.addNode('method:sio2', { kind: 'method', label: 'SiO2' });
    graph.addNode('dataset:sio2', { kind: 'dataset', label: 'SiO2' });
    for (let i = 0; i < 3; i++) {
      const paper = `paper:oxide-${i}`;
      graph.addNode(paper, { kind: 'paper', label: `Oxide ${i}` });
      graph.addDirectedEdgeWithKey(`uses:${i}`, paper, 'method:sio2', { relation: 'uses', weight: 1 });
      graph.addDirectedEdgeWithKey(`evaluates_on:${i}`, paper, 'dataset:sio2', { relation: 'evaluates_on', weight: 1 });
    }
    louvain.assign(graph, { seed: 1 });
    const oxide = labelCommunities(graph).find((c) => c.top.some((key) => key.endsWith(':sio2')))!;
    expect(oxide.top.filter((key) => key.endsWith(':sio2'))).toHaveLength(1);
    expect(oxide.label.split(' · ').filter((part) => part === 'SiO2')).toEqual(['SiO2']);
  });

  it('ranks members as a full sort would (kind priority, score, label), ties and all', () => {
    // Many same-score entities per community: only the first three in sort order may name it.
    const graph = cliqueRing(6, 5, 20);
    const kinds: NodeKind[] = ['model', 'method', 'dataset', 'author'];
    let n = 0;
    for (const paper of graph.nodes()) {
      for (const kind of kinds.slice(0, 1 + (n++ % 4))) {
        const key = `${kind}:${paper}-${kind}`;
        graph.addNode(key, { kind, label: `${kind.toUpperCase()} ${paper.slice(-3)}` });
        graph.addDirectedEdgeWithKey(`x:${key}`, paper, key, { relation: 'uses', weight: 2 });
      }
    }
    louvain.assign(graph, { seed: 4 });
    const priority: Record<NodeKind, number> = { model: 0, method: 0, dataset: 0, author: 1, paper: 2 };
    for (const summary of labelCommunities(graph)) {
      const members = graph.filterNodes((_k, a) => a.community === summary.id);
      const score = (key: string) => {
        let inside = 0;
        let all = 0;
        graph.forEachEdge(key, (_e, a, s, t) => {
          all += a.weight!;
          if (graph.getNodeAttribute(s === key ? t : s, 'community') === summary.id) inside += a.weight!;
        });
        return all > 0 ? (inside * inside) / all : 0;
      };
      const ranked = members
        .map((key) => ({ key, p: priority[graph.getNodeAttribute(key, 'kind')], s: score(key), l: graph.getNodeAttribute(key, 'label') }))
        .sort((a, b) => a.p - b.p || b.s - a.s || (a.l < b.l ? -1 : a.l > b.l ? 1 : 0));
      const top = ranked.filter((c, i) => i === 0 || (c.p === ranked[0]!.p && c.s >= 0.1 * ranked[0]!.s)).slice(0, 3);
      expect(summary.top).toEqual(top.map((c) => c.key));
      expect(summary.size).toBe(members.length);
    }
  });
});

describe('community labels name each thing once', () => {
  it("names a family's releases and a name's longer form once, filling the name from the next members (invented graph)", () => {
    const graph = twoTopics();
    const entities: Array<[string, string]> = [
      ['model:cosmos-reason1', 'Cosmos-Reason1'],
      ['model:cosmos-reason1-8b', 'Cosmos-Reason1-8B'],
      ['model:cosmos-reason1-56b', 'Cosmos-Reason1-56B'],
      ['method:3d-gaussian-splatting', '3D Gaussian Splatting'],
      ['method:gaussian-splatting', 'Gaussian Splatting'],
      ['dataset:nuscenes', 'nuScenes'],
      ['method:cosmos-transfer', 'Cosmos-Transfer'],
    ];
    for (const [key, label] of entities) graph.addNode(key, { kind: key.slice(0, key.indexOf(':')) as NodeKind, label });
    for (let i = 0; i < 4; i++) {
      const paper = `paper:drive-${i}`;
      graph.addNode(paper, { kind: 'paper', label: `Drive ${i}` });
      entities.forEach(([key], k) => {
        if (k < 6 || i === 0) graph.addDirectedEdgeWithKey(`uses:${i}:${key}`, paper, key, { relation: 'uses', weight: 1 });
      });
    }
    louvain.assign(graph, { seed: 1 });
    const drive = labelCommunities(graph).find((c) => c.top.includes('dataset:nuscenes') || c.top.some((key) => key.startsWith('model:cosmos')))!;
    const parts = drive.label.split(' · ');
    expect(parts).toHaveLength(3);
    expect(parts.filter((part) => part.startsWith('Cosmos-Reason1'))).toHaveLength(1);
    expect(parts.filter((part) => part.endsWith('Gaussian Splatting'))).toHaveLength(1);
  });
});

