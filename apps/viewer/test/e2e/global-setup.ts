import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildKnowledgeGraph, toGraphJSON } from '@papergraph/core';
// @ts-expect-error -- plain ESM helper shared with `pnpm start`, no type declarations.
import { startServer } from '../../scripts/serve.mjs';
import { clusteredGraph } from '../fixtures/clustered-graph.ts';
import { scaleGraph } from '../fixtures/scale-graph.ts';
import { strayDatesGraphJSON, timeGraphJSON, yearOnlyTimeGraphJSON } from '../fixtures/time-graph.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    viewerUrl: string;
    seedGraphPath: string;
    seedListingPath: string;
    artifactsDir: string;
    largeGraphPath: string;
    scaleGraphPath: string;
    timeGraphPath: string;
    strayGraphPath: string;
    citationGraphPath: string;
    mixedGraphPath: string;
  }
}

const appDir = fileURLToPath(new URL('../../', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
/**
 * Where the build, the generated graphs and the screenshots go: `.artifacts/` unless PAPERGRAPH_E2E_ARTIFACTS names
 * another folder (inside `.artifacts/`), as for a second e2e run beside the first (`scripts/test.mjs`): each run builds
 * and serves its own copy, so neither rewrites files the other serves.
 */
const artifactsDir = `${resolve(appDir, '.artifacts', process.env.PAPERGRAPH_E2E_ARTIFACTS ?? '.')}/`;
/** The seed listing, read from the checkout (never from a committed copy of its graph). */
const seedListingPath = `${repoRoot}seeds/llama-2-7b.txt`;

/** Builds the app, builds the seed graph with core, serves both on a free localhost port. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(artifactsDir, { recursive: true });
  const outDir = `${artifactsDir}dist/`;
  await build({ root: appDir, logLevel: 'error', build: { outDir, emptyOutDir: true } });

  const built = buildKnowledgeGraph([{ name: 'seeds/llama-2-7b.txt', text: readFileSync(seedListingPath, 'utf8') }]);
  const seedGraphPath = `${artifactsDir}seed-graph.json`;
  writeFileSync(seedGraphPath, toGraphJSON(built.graph));

  // A large clustered graph (31k nodes in 60 communities) for overview mode, generated: never a committed blob.
  const largeGraphPath = `${artifactsDir}large-graph.json`;
  writeFileSync(largeGraphPath, JSON.stringify(clusteredGraph({ communities: 60, papersPerCommunity: 330, crossShare: 0.1, seed: 7 })));

  // The scale target: 20,000 nodes and 100,000 links.
  const scaleGraphPath = `${artifactsDir}scale-graph.json`;
  writeFileSync(scaleGraphPath, JSON.stringify(scaleGraph()));

  // Real arXiv papers of 2023–2026: the timeline, colouring by date, sparklines and the Rising tab.
  const timeGraphPath = `${artifactsDir}time-graph.json`;
  writeFileSync(timeGraphPath, timeGraphJSON());
  const yearGraphPath = `${artifactsDir}year-graph.json`;
  writeFileSync(yearGraphPath, yearOnlyTimeGraphJSON());
  // The same papers of 2025–26 with four stray records of 1998–2008: the timeline gathers the sparse early stretch.
  const strayGraphPath = `${artifactsDir}stray-graph.json`;
  writeFileSync(strayGraphPath, strayDatesGraphJSON());

  // Real OpenAlex works that cite each other, with the works they only reference kept as stubs: the citation panel.
  const openalexDir = `${repoRoot}packages/core/test/fixtures/formats/openalex/`;
  const openalexTexts = readdirSync(openalexDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${openalexDir}${name}`, 'utf8') }));
  const citationGraphPath = `${artifactsDir}citation-graph.json`;
  writeFileSync(citationGraphPath, toGraphJSON(buildKnowledgeGraph(openalexTexts, { references: 'all' }).graph));

  // Real Web of Science records (dated to the month) and Scopus rows (to the year only), 1978–2025: the timeline's bins.
  const mixedDir = `${appDir}test/fixtures/mixed-dates/`;
  const mixedTexts = readdirSync(mixedDir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.csv'))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${mixedDir}${name}`, 'utf8') }));
  const mixedGraphPath = `${artifactsDir}mixed-graph.json`;
  writeFileSync(mixedGraphPath, toGraphJSON(buildKnowledgeGraph(mixedTexts).graph));

  const extraFiles = {
    '/fixtures/mixed-graph.json': mixedGraphPath,
    '/fixtures/citation-graph.json': citationGraphPath,
    '/fixtures/time-graph.json': timeGraphPath,
    '/fixtures/year-graph.json': yearGraphPath,
    '/fixtures/stray-graph.json': strayGraphPath,
    '/fixtures/small-graph.json': `${appDir}test/fixtures/small-graph.json`,
    '/fixtures/large-graph.json': largeGraphPath,
    '/fixtures/scale-graph.json': scaleGraphPath,
  };
  // Fixtures may be fetched from another origin (http://localhost:<port>/… from a page on 127.0.0.1): the tests of
  // opening a graph from another site need a second origin that answers.
  const server = (await startServer({ root: outDir, graphFile: seedGraphPath, extraFiles, crossOriginFiles: true, port: 0 })) as { url: string; close: () => Promise<void> };
  project.provide('viewerUrl', server.url);
  project.provide('seedGraphPath', seedGraphPath);
  project.provide('seedListingPath', seedListingPath);
  project.provide('artifactsDir', artifactsDir);
  project.provide('largeGraphPath', largeGraphPath);
  project.provide('scaleGraphPath', scaleGraphPath);
  project.provide('timeGraphPath', timeGraphPath);
  project.provide('strayGraphPath', strayGraphPath);
  project.provide('citationGraphPath', citationGraphPath);
  project.provide('mixedGraphPath', mixedGraphPath);
  return () => server.close();
}
