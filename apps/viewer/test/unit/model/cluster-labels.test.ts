import { describe, expect, it } from 'vitest';
import { clusterCentroids, clusterFontSize, placeClusterLabels, shortCommunityLabel, type ClusterCentroid } from '../../../src/model/cluster-labels.ts';
import { timeGraph } from '../../fixtures/time-graph.ts';
import { smallGraph } from '../fixture.ts';

const measure = (text: string, size: number) => text.length * size * 0.6;
const identity = { width: 800, height: 600, scale: 1, toViewport: (p: { x: number; y: number }) => ({ x: p.x, y: p.y }) };

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

  it('places labels largest first, never overlapping each other or an obstacle, only inside the view', () => {
    const graph = timeGraph();
    const centroids = clusterCentroids(graph);
    expect(centroids.length).toBeGreaterThan(5);
    // Squeeze the graph into the view.
    const xs = graph.mapNodes((_n, a) => a.x!);
    const ys = graph.mapNodes((_n, a) => a.y!);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const scale = Math.min(800 / (maxX - minX), 600 / (maxY - minY));
    const view = { width: 800, height: 600, scale, toViewport: (p: { x: number; y: number }) => ({ x: (p.x - minX) * scale, y: (p.y - minY) * scale }) };
    const obstacle = { minX: 300, maxX: 500, minY: 250, maxY: 350 };
    const placed = placeClusterLabels(centroids, view, measure, { obstacles: [obstacle] });
    expect(placed.length).toBeGreaterThan(0);
    for (const [i, a] of placed.entries()) {
      expect(a.x - a.width / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width / 2).toBeLessThanOrEqual(800);
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

  it('moves a label above or below its nodes when its centre is taken, and drops it when nowhere fits', () => {
    const one: ClusterCentroid = { community: 1, text: 'alpha', size: 10, x: 400, y: 300, radius: 40, minX: 360, maxX: 440, minY: 260, maxY: 340 };
    const centreTaken = { minX: 350, maxX: 450, minY: 290, maxY: 310 };
    const [moved] = placeClusterLabels([one], identity, measure, { obstacles: [centreTaken] });
    expect(moved!.y).toBeLessThan(300 - 40);
    const everywhere = { minX: 0, maxX: 800, minY: 0, maxY: 600 };
    expect(placeClusterLabels([one], identity, measure, { obstacles: [everywhere] })).toEqual([]);
    expect(placeClusterLabels([{ ...one, x: 2000 }], identity, measure)).toEqual([]);
  });

  it('puts the name of a community less than twice as wide as it above its nodes rather than over them', () => {
    // 'alpha' at 22 px is 66 px wide: a community 40 px across is less than twice that, one 140 px across is not
    const small: ClusterCentroid = { community: 1, text: 'alpha', size: 10, x: 400, y: 300, radius: 15, minX: 380, maxX: 420, minY: 280, maxY: 320 };
    const [above] = placeClusterLabels([small], identity, measure);
    expect(above!.y + above!.height / 2).toBeLessThan(280);
    const [centred] = placeClusterLabels([{ ...small, minX: 330, maxX: 470 }], identity, measure);
    expect(centred!.y).toBe(300);
    // above and below taken: the centre is the last place
    const rows = { minX: 0, maxX: 800, minY: 0, maxY: 280 };
    const under = { minX: 0, maxX: 800, minY: 320, maxY: 600 };
    expect(placeClusterLabels([small], identity, measure, { obstacles: [rows, under], gap: 0 })[0]!.y).toBe(300);
  });

  it('sizes names by community size, 11 to 22 px', () => {
    expect(clusterFontSize(100, 100)).toBe(22);
    expect(clusterFontSize(1, 100)).toBeLessThan(clusterFontSize(50, 100));
    expect(clusterFontSize(0, 100)).toBe(11);
  });
});
