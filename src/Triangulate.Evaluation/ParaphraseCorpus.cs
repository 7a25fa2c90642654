namespace Triangulate.Evaluation;

/// <summary>
/// Reads a paraphrase folder: pairs.tsv (<c>id, label, sentence1, sentence2</c>, tab-separated, with a header row)
/// and, if present, dev_ids.txt (one pair id per line: the held-out split).
/// </summary>
public static class ParaphraseCorpus
{
    /// <summary>The pairs file's name inside a paraphrase folder.</summary>
    public const string PairsFile = "pairs.tsv";

    /// <summary>The held-out split's id list inside a paraphrase folder.</summary>
    public const string DevIdsFile = "dev_ids.txt";

    /// <summary>Reads every pair of <paramref name="directory"/>'s pairs.tsv, in file order.</summary>
    public static IReadOnlyList<ParaphrasePair> ReadPairs(string directory)
    {
        var pairs = new List<ParaphrasePair>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(Path.Combine(directory, PairsFile)))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 4)
            {
                throw new InvalidDataException($"{PairsFile} line {lineNumber}: expected 4 tab-separated fields, found {fields.Length}.");
            }

            bool? label = fields[1].Trim() switch
            {
                "1" => true,
                "0" => false,
                _ => null,
            };
            pairs.Add(new ParaphrasePair(fields[0].Trim(), label, fields[2], fields[3]));
        }

        return pairs;
    }

    /// <summary>The ids listed in dev_ids.txt, or null when the folder has no such file.</summary>
    public static IReadOnlySet<string>? ReadDevIds(string directory)
    {
        var path = Path.Combine(directory, DevIdsFile);
        return File.Exists(path)
            ? File.ReadLines(path).Select(line => line.Trim()).Where(line => line.Length > 0).ToHashSet(StringComparer.Ordinal)
            : null;
    }
}
