using System.Globalization;
using System.Text.Json;
using Triangulate.Evaluation.Synthetic;

namespace Triangulate.Evaluation;

/// <summary>
/// The input of the whole-run growth benchmark: a JSON-lines file of any number of articles, as a user would hand to
/// <c>triangulate run</c>. One cycle is a synthetic provenance corpus (families of copies of every kind, and
/// distractors) made from real articles; the cycle repeats as a <see cref="PermutedCorpusStream"/>, each pass with its
/// vocabulary permuted and a year later, so every pass brings new stories and new copies, not copies of the last pass.
/// </summary>
public static class RunScaleCorpus
{
    /// <summary>Writes <paramref name="articles"/> articles of the stream, from the one at <paramref name="first"/>, to <paramref name="path"/>; returns the cycle length.</summary>
    public static int Write(string sourceCorpus, int articles, string path, int first = 0, int families = 1000, int distractors = 3000, int seed = 7)
    {
        var folder = Directory.CreateTempSubdirectory("triangulate-cycle-").FullName;
        try
        {
            new SyntheticCorpusGenerator(families, distractors, seed).Generate(SyntheticCorpusGenerator.ReadSources(sourceCorpus)).Write(folder);
            var cycle = EvaluationArticles.Read(Path.Combine(folder, "docs.jsonl")).ToList();
            var stream = PermutedCorpusStream.Of(cycle);
            using var writer = new StreamWriter(path);
            for (var i = 0; i < articles; i++)
            {
                var article = stream.At(first + i);
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    id = article.Id,
                    title = article.Title,
                    text = string.Join("\n\n", article.Body),
                    date = article.Published?.Value.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    outlet = article.Outlet?.Name,
                }));
            }
            return cycle.Count;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
