using Triangulate.Facts;
using Triangulate.Reuse;
using Triangulate.Stories;

namespace Triangulate.Reports;

/// <summary>Every analysis stage over a set of articles, in memory: stories, provenance, actors and claims, as one report.</summary>
public static class ReportPipeline
{
    public static (Report Report, IReadOnlyList<Story> Stories, ProvenanceResult Provenance) Run(IReadOnlyList<Article> articles)
    {
        var stories = StoryClusterer.Cluster(articles);
        var provenance = ProvenanceAnalyzer.Analyze(articles, stories.Select(s => s.ArticleIds));
        var report = ReportBuilder.Build(articles, stories, ArticleActors.Resolve(articles, stories.Select(s => s.ArticleIds)), ArticleClaims.Collect(articles), provenance);
        return (report, stories, provenance);
    }
}
