using Triangulate.Ingest;

namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>
/// Reads a page corpus as `triangulate run` reads a folder: the pages of docs.jsonl and the feeds' items go through
/// ingest with no hint beyond what a crawler has (the address; a feed's own title and dates), and each article is
/// matched to its gold by its address.
/// </summary>
public static class PageCorpusReader
{
    public static bool IsPageCorpus(string directory) => File.Exists(Path.Combine(directory, PageCorpus.GoldFile));

    public static PageCorpusArticles Read(string directory)
    {
        var gold = PageGold.ReadAll(Path.Combine(directory, PageCorpus.GoldFile)).ToDictionary(g => g.Url, StringComparer.Ordinal);
        var inputs = new List<string> { Path.Combine(directory, "docs.jsonl") };
        if (Directory.Exists(Path.Combine(directory, "feeds")))
            inputs.Add(Path.Combine(directory, "feeds"));
        var documents = new SourceReader(new ReaderOptions()).Read(inputs).Select(item => item.Document).OfType<SourceDocument>().ToList();
        var articles = documents.AsParallel().AsOrdered().Select(ArticleExtractor.Extract).ToList();
        return new PageCorpusArticles(articles, articles.ToDictionary(a => a.Id, a => gold[a.Source], StringComparer.Ordinal));
    }
}
