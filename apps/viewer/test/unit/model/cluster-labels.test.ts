import { describe, expect, it } from 'vitest';
import { clusterCentroids, clusterFontSize, placeClusterLabels, shortCommunityLabel, type ClusterCentroid, type NodeDisc, type PlacedClusterLabel } from '../../../src/model/cluster-labels.ts';
import { timeGraph } from '../../fixtures/time-graph.ts';
import { smallGraph } from '../fixture.ts';

const measure = (text: string, size: number) => text.length * size * 0.6;
const identity = { width: 800, height: 600, scale: 1, toViewport: (p: { x: number; y: number }) => ({ x: p.x, y: p.y }) };
/** Whether a label's box meets a node's disc (the box's nearest point to the centre is inside it). */
function covers(label: PlacedClusterLabel, node: NodeDisc): boolean {
  const dx = Math.max(label.x - label.width / 2 - node.x, 0, node.x - label.x - label.width / 2);
  const dy = Math.max(label.y - label.height / 2 - node.y, 0, node.y - label.y - label.height / 2);
  return dx * dx + dy * dy < node.radius * node.radius;
}

describe('community names on the canvas', () => {
  it('puts each community at the mean of its drawn nodes, with its label cut to two terms', () => {
    const graph = smallGraph();
    graph.forEachNode((node, _a) => graph.mergeNodeAttributes(node, { x: node.length, y: node.charCodeAt(0) }));
    const centroids = clusterCentroids(graph);
    const labels = new Map((graph.getAttribute('communities') ?? []).map((c) => [c.id, c.label]));
    for (const centroid of centroids) {
      const members = graph.filterNodes((_n, a) => a.community === centroid.community);
      expect(centroid.size).toBe(members.length);
      expect(centroid.x).toBeCloseTo(members.reduce((s, n) => s + graph.getNodeAttribute(n, 'x')!, 0) / members.length, 6);
      expect(centroid.text).toBe(shortCommunityLabel(labels.get(centroid.community)!));
    }
    expect(shortCommunityLabel('A · B · C')).toBe('A · B');
    const hidden = new Set(graph.filterNodes((_n, a) => a.community === centroids[0]!.community));
    expect(clusterCentroids(graph, hidden).map((c) => c.community)).not.toContain(centroids[0]!.community);
  });

  it('places labels largest first, never over a node, another label or an obstacle, only inside the view', () => {
    const graph = timeGraph();
    const centroids = clusterCentroids(graph);
    expect(centroids.length).toBeGreaterThan(5);
    // Squeeze the graph into the view.
    const xs = graph.mapNodes((_n, a) => a.x!);
    const ys = graph.mapNodes((_n, a) => a.y!);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const scale = Math.min(800 / (maxX - minX), 600 / (maxY - minY));
    const view = { width: 800, height: 600, scale, toViewport: (p: { x: number; y: number }) => ({ x: (p.x - minX) * scale, y: (p.y - minY) * scale }) };
    const nodes = graph.mapNodes((_n, a) => ({ ...view.toViewport({ x: a.x!, y: a.y! }), radius: 4 }));
    const obstacle = { minX: 300, maxX: 500, minY: 250, maxY: 350 };
    const placed = placeClusterLabels(centroids, view, measure, { obstacles: [obstacle], nodes });
    expect(placed.length).toBeGreaterThan(2);
    // Placed at the centre, as before this rule, most would sit on nodes.
    const atCentre = placeClusterLabels(centroids, view, measure, { obstacles: [obstacle] });
    expect(atCentre.filter((label) => nodes.some((node) => covers(label, node))).length).toBeGreaterThan(0);
    for (const [i, a] of placed.entries()) {
      expect(a.x - a.width / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width / 2).toBeLessThanOrEqual(800);
      expect(nodes.filter((node) => covers(a, node))).toEqual([]);
      const meetsObstacle = a.x - a.width / 2 < obstacle.maxX && obstacle.minX < a.x + a.width / 2 && a.y - a.height / 2 < obstacle.maxY && obstacle.minY < a.y + a.height / 2;
      expect(meetsObstacle).toBe(false);
      for (const b of placed.slice(i + 1)) {
        const overlap = Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
        expect(overlap).toBe(false);
      }
    }
    const sizes = placed.map((label) => label.fontSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  // Invented geometry: a community of nodes 20 px apart in a 120 × 80 px block around (400, 300).
  const block: NodeDisc[] = [];
  for (let x = 340; x <= 460; x += 20) for (let y = 260; y <= 340; y += 20) block.push({ x, y, radius: 5 });
  const community: ClusterCentroid = { community: 1, text: 'alpha', size: block.length, x: 400, y: 300, radius: 45, minX: 340, maxX: 460, minY: 260, maxY: 340 };

  it('moves a name off its nodes to the nearest free place, straight above first', () => {
    const [label] = placeClusterLabels([community], identity, measure, { nodes: block });
    expect(label!.x).toBe(400);
    // Just clear of the top row (its discs reach up to 255) with the 4 px gap: rings are half a label height apart.
    expect(label!.y + label!.height / 2).toBeLessThanOrEqual(255 - 4);
    expect(label!.y + label!.height / 2).toBeGreaterThan(255 - 4 - label!.height / 2);
    // Above taken (a node label there): below.
    const aboveTaken = { minX: 0, maxX: 800, minY: 0, maxY: 255 };
    const [below] = placeClusterLabels([community], identity, measure, { nodes: block, obstacles: [aboveTaken] });
    expect(below!.y - below!.height / 2).toBeGreaterThanOrEqual(345 + 4);
    // A free middle (a ring of nodes around an empty centre) keeps the name at the centre.
    const ring = block.filter((node) => Math.abs(node.x - 400) > 50 || Math.abs(node.y - 300) > 30);
    const [centred] = placeClusterLabels([{ ...community, size: ring.length }], identity, measure, { nodes: ring });
    expect([centred!.x, centred!.y]).toEqual([400, 300]);
  });

  it('leaves a name out when no place near its community is free, or the community is off the view', () => {
    const everywhere = { minX: 0, maxX: 800, minY: 0, maxY: 600 };
    expect(placeClusterLabels([community], identity, measure, { obstacles: [everywhere] })).toEqual([]);
    // Nodes all around, further than the search reaches (its spread and two label heights): nothing near is free.
    const crowd: NodeDisc[] = [];
    for (let x = 200; x <= 600; x += 10) for (let y = 100; y <= 500; y += 10) crowd.push({ x, y, radius: 4 });
    expect(placeClusterLabels([community], identity, measure, { nodes: crowd })).toEqual([]);
    expect(placeClusterLabels([{ ...community, x: 2000, minX: 1940, maxX: 2060 }], identity, measure)).toEqual([]);
  });

  it('sizes names by community size, 11 to 22 px', () => {
    expect(clusterFontSize(100, 100)).toBe(22);
    expect(clusterFontSize(1, 100)).toBeLessThan(clusterFontSize(50, 100));
    expect(clusterFontSize(0, 100)).toBe(11);
  });
});
