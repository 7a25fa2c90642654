using Triangulate.Storage;

namespace Triangulate.Analysis;

/// <summary>What adding inputs to a corpus did: what was stored and skipped, the articles the inputs gave (new or
/// already stored), what the analysis changed, and the time each stage took.</summary>
public sealed record CorpusRun(IngestSummary Summary, IReadOnlyList<Article> Articles, AnalysisUpdate? Update, IReadOnlyList<(string Stage, TimeSpan Time)> Timings);
