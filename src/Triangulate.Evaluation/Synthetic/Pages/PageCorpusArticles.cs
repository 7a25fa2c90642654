namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>A page corpus as ingested: the articles, and for each article id its page's gold.</summary>
public sealed record PageCorpusArticles(IReadOnlyList<Article> Articles, IReadOnlyDictionary<string, PageGold> GoldOf);
