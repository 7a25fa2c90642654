using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Facts;

/// <summary>
/// How likely a word introduces an attribution ("said", "told", "according", "argued"...), in its context: the word
/// before it and the kind of token after it ("that", a quotation mark, a colon). Counts come from annotated news
/// (PolNeAR's training split) and are stored in attribution-cues.json; <see cref="Fit"/> rebuilds them.
/// </summary>
public sealed class AttributionCueModel
{
    private const int MinimumContextCount = 5;
    private const int MinimumWordCount = 3;
    private const int MinimumCueCount = 2;
    private const int MinimumSourceCount = 5;

    /// <summary>
    /// Below this share of attributions with a source, naming one costs more precision than it gains recall: adding
    /// a source that is right with probability p raises an F1 near 0.7 only when p exceeds about half of it.
    /// </summary>
    private const double SourcelessShare = 0.35;

    [JsonInclude] public double Threshold { get; private set; }
    [JsonInclude] public Dictionary<string, int[]> Words { get; private set; } = [];
    [JsonInclude] public Dictionary<string, int[]> Contexts { get; private set; } = [];

    /// <summary>Per word that ends a cue: how many of its attributions name a source, of how many.</summary>
    [JsonInclude] public Dictionary<string, int[]> Sources { get; private set; } = [];

    private static readonly Lazy<AttributionCueModel> Embedded = new(() =>
    {
        using var stream = typeof(AttributionCueModel).Assembly.GetManifestResourceStream("Triangulate.Facts.attribution-cues.json")
            ?? throw new InvalidOperationException("attribution-cues.json is not embedded in the library");
        return JsonSerializer.Deserialize<AttributionCueModel>(stream)!;
    });

    /// <summary>The model fitted on PolNeAR's training split, shipped with the library.</summary>
    public static AttributionCueModel Default => Embedded.Value;

    public double Probability(IReadOnlyList<WordToken> tokens, int index)
    {
        var word = tokens[index].Lower;
        if (!Words.TryGetValue(word, out var counts))
            return 0;
        var previous = index > 0 ? tokens[index - 1].Lower : "^";
        if (Contexts.TryGetValue(PreviousKey(previous, word), out var bigram) && bigram[1] >= MinimumContextCount)
            return (double)bigram[0] / bigram[1];
        if (Contexts.TryGetValue(NextKey(word, NextClass(tokens, index)), out var next) && next[1] >= MinimumContextCount)
            return (double)next[0] / next[1];
        return counts[1] >= MinimumWordCount ? (double)counts[0] / counts[1] : 0;
    }

    public bool IsCue(IReadOnlyList<WordToken> tokens, int index) => Probability(tokens, index) >= Threshold;

    /// <summary>"is widely expected to", "appears": cues whose attributions seldom name anyone.</summary>
    public bool SeldomHasSource(string lastCueWord) =>
        Sources.TryGetValue(lastCueWord, out var counts) && (double)counts[0] / counts[1] < SourcelessShare;

    /// <summary>Counts cue and total occurrences per word and context over annotated texts, then picks the threshold with the best cue F1.</summary>
    public static AttributionCueModel Fit(IEnumerable<(string Text, IReadOnlyList<AnnotatedCue> Cues)> examples)
    {
        var model = new AttributionCueModel();
        var tokenized = new List<(IReadOnlyList<WordToken> Tokens, bool[] InCue)>();
        foreach (var (text, cues) in examples)
        {
            var tokens = WordTokens.Of(text);
            var inCue = tokens.Select(token => cues.Any(cue => token.Start >= cue.Span.Start && token.Start < cue.Span.End)).ToArray();
            foreach (var cue in cues)
            {
                if (tokens.LastOrDefault(token => token.IsWord && token.Start >= cue.Span.Start && token.End <= cue.Span.End) is { Lower: not null } last)
                    Count(model.Sources, last.Lower, cue.HasSource);
            }
            tokenized.Add((tokens, inCue));
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsWord)
                    continue;
                var word = tokens[i].Lower;
                Count(model.Words, word, inCue[i]);
                Count(model.Contexts, PreviousKey(i > 0 ? tokens[i - 1].Lower : "^", word), inCue[i]);
                Count(model.Contexts, NextKey(word, NextClass(tokens, i)), inCue[i]);
            }
        }
        model.Words = model.Words.Where(entry => entry.Value[0] >= MinimumCueCount).ToDictionary();
        model.Contexts = model.Contexts.Where(entry => entry.Value[0] >= MinimumCueCount && entry.Value[1] >= MinimumContextCount).ToDictionary();
        model.Sources = model.Sources.Where(entry => entry.Value[1] >= MinimumSourceCount && model.Words.ContainsKey(entry.Key)).ToDictionary();
        model.Threshold = BestThreshold(model, tokenized);
        return model;
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    private static double BestThreshold(AttributionCueModel model, List<(IReadOnlyList<WordToken> Tokens, bool[] InCue)> tokenized)
    {
        var best = (Threshold: 0.5, F1: 0.0);
        for (var threshold = 0.1; threshold <= 0.9; threshold += 0.05)
        {
            int correct = 0, predicted = 0, gold = 0;
            foreach (var (tokens, inCue) in tokenized)
            {
                for (var i = 0; i < tokens.Count; i++)
                {
                    var isCue = tokens[i].IsWord && model.Probability(tokens, i) >= threshold;
                    predicted += isCue ? 1 : 0;
                    gold += inCue[i] ? 1 : 0;
                    correct += isCue && inCue[i] ? 1 : 0;
                }
            }
            var f1 = predicted + gold == 0 ? 0 : 2.0 * correct / (predicted + gold);
            if (f1 > best.F1)
                best = (Math.Round(threshold, 2), f1);
        }
        return best.Threshold;
    }

    private static void Count(Dictionary<string, int[]> counts, string key, bool isCue)
    {
        if (!counts.TryGetValue(key, out var pair))
            counts[key] = pair = new int[2];
        pair[0] += isCue ? 1 : 0;
        pair[1]++;
    }

    private static string PreviousKey(string previous, string word) => previous + " " + word;

    private static string NextKey(string word, string nextClass) => word + " >" + nextClass;

    private static string NextClass(IReadOnlyList<WordToken> tokens, int index)
    {
        if (index + 1 >= tokens.Count)
            return "$";
        var next = tokens[index + 1].Lower;
        return next switch
        {
            "that" or "to" or "on" or "about" or "of" or "for" or "by" or "in" or "with" => next,
            "\"" or "“" or "”" or "'" or "‘" => "quote",
            ":" or "," or "." or ";" => next,
            _ when tokens[index + 1].Capitalised => "Name",
            _ => "word",
        };
    }
}
