/**
 * papergraph core: paper listings → typed, clustered knowledge graph → GraphML / GEXF / JSON.
 * Pure and synchronous; file and network I/O live in the CLI and the viewer.
 */
export * from './types.ts';
export * from './contract/index.ts';
export { VERSION } from './version.ts';

export {
  ingest,
  ingestOne,
  tidyRecords,
  appendResult,
  mergeResult,
  binaryFileMessage,
  INPUT_FORMATS,
  SNIFF_CHARS,
  detectFormat,
  formatByName,
  loadInputFormats,
  looksBinary,
  decodeText,
  decodeUtf8Lenient,
  sniffEncoding,
  BAD_BYTES_MESSAGE,
  parseListing,
  parseJson,
  parseJsonLines,
  parseJsonLine,
  jsonLinesReader,
  mergeRecords,
  citationSources,
  type CitationSource,
  titleKey,
  sourceLabel,
  normalizeArxivId,
  type InputFormat,
  type LineReader,
  type DecodedText,
  type TextEncoding,
  type MergeResult,
} from './ingest/index.ts';
export { normalizeLatex, titleOwnName } from './text/latex.ts';
export { splitSentences } from './text/sentences.ts';
export { counted, plural } from './text/count.ts';
export { extractPaper, resolveCorpus, canonicalModel, knownEntityKeys } from './extract/index.ts';
export { buildGraph, type GraphInput, type ReferencesMode, type TagEntity } from './graph/build.ts';
export { colourByKind } from './graph/colors.ts';
export { louvain, projectForClustering, DEFAULT_SEED, type ClusterOptions, type ClusterResult } from './cluster/louvain.ts';
export { labelCommunities, labelSubcommunities, labelCommunityLevels } from './cluster/labels.ts';
export { layoutGraph, DEFAULT_LAYOUT_MAX_NODES, type LayoutOptions } from './layout/index.ts';
export { layoutQuality, neighbourhoodQuality, QUALITY_NEIGHBOURS } from './layout/quality.ts';
export { SUBCOMMUNITY_MIN_SIZE } from './cluster/subcommunities.ts';
export {
  sharedEntities,
  sharedBetween,
  sharedAuthors,
  papersOf,
  type AnalysisGraph,
  type SharedEntity,
  type SharedPaper,
  type SharedOptions,
} from './analysis/shared.ts';
export {
  entityMap,
  entityMapRadius,
  withEntityDiscs,
  ENTITY_MAP_DEFAULTS,
  type EntityMap,
  type EntityMapNode,
  type EntityMapLink,
  type EntityMapCommunity,
  type EntityMapOptions,
} from './analysis/entity-map.ts';
export {
  mostCited,
  citationCounts,
  paperCitations,
  coCited,
  bibliographicCoupling,
  citationIndex,
  citationSummary,
  citedByNode,
  citersOf,
  findPapers,
  isInputPaper,
  type CitationIndex,
  type CitationPaper,
  type CitationSummary,
  type CitedPaper,
  type PaperCitations,
  type SimilarOptions,
  type SimilarPaper,
} from './analysis/citations.ts';
export { toGraphJSON, graphJSONChunks } from './export/json.ts';
export { toGraphML, graphMLChunks, escapeXml, graphMLName, keyOfGraphMLName } from './export/graphml.ts';
export { toGEXF, gexfChunks, GEXF_VERSIONS, type GexfVersion } from './export/gexf.ts';
export { OUTPUT_FORMATS, OUTPUT_FORMAT_NAMES, outputFormat, type OutputFormat, type OutputFormatSpec, type ExportOptions } from './export/formats.ts';
export {
  toViewFile,
  viewFileChunks,
  VIEW_FORMAT,
  VIEW_FORMAT_VERSION,
  DETAIL_NODE_ATTRIBUTES,
  DETAIL_EDGE_ATTRIBUTES,
  type ViewFile,
  type ViewNodes,
  type ViewEdges,
  type ViewOverview,
  type ViewRegion,
  type ExtraAttributes,
} from './export/view.ts';
export { toNeo4jCsv, neo4jImportCommand, NEO4J_ARRAY_DELIMITER, Neo4jExportError, type Neo4jCsvFile, type Neo4jType } from './export/neo4j.ts';
export * from './time/index.ts';
export * from './thesaurus/index.ts';
export * from './pipeline/index.ts';
export * from './update/index.ts';
/** The library's front door: listing / JSON / JSONL texts → clustered knowledge graph (the pipeline, synchronously). */
export { runPipeline as buildKnowledgeGraph } from './pipeline/run.ts';
