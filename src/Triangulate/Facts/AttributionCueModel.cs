using System.Text.Json;
using System.Text.Json.Serialization;
using Triangulate.Text;
using static Triangulate.Facts.AttributionWords;

namespace Triangulate.Facts;

/// <summary>
/// How likely a word introduces an attribution ("said", "told", "according", "argued"...), in its context: a logistic
/// model over the word, the words around it and their kinds ("he believes", "called for", "officials say"). Weights
/// come from annotated news (PolNeAR's training split) and are stored in attribution-cues.json; <see cref="Fit"/> rebuilds them.
/// </summary>
public sealed class AttributionCueModel : IJsonOnDeserialized
{
    private const int MinimumCueCount = 2;
    private const int MinimumFeatureCount = 3;
    private const int MinimumSourceCount = 5;
    private const int Epochs = 4;
    private const double LearningRate = 0.2;
    private const string WordFeature = "w";
    private const string StemFeature = "st";
    private const string PreviousFeature = "p";
    private const string NextFeature = "n";
    private const string ShapeFeature = "shape";

    /// <summary>
    /// Below this share of attributions with a source, naming one costs more precision than it gains recall: adding
    /// a source that is right with probability p raises an F1 near 0.7 only when p exceeds about half of it.
    /// </summary>
    private const double SourcelessShare = 0.35;

    [JsonInclude] public double Threshold { get; private set; }

    [JsonInclude] public double Bias { get; private set; }

    /// <summary>
    /// The stems of the words annotated as (part of) a cue often enough to be one, with their weights; a word of any
    /// other stem never is. By stem, "warns" and "predicts" are candidates though only "warned" and "predicted" were seen.
    /// </summary>
    [JsonInclude] public Dictionary<string, double> Stems { get; private set; } = [];

    /// <summary>The words of those stems met in training, with their own weights and those of their context.</summary>
    [JsonInclude] public Dictionary<string, CueWordWeights> Words { get; private set; } = [];

    /// <summary>Weights of the kinds of token around a word and its ending ("pronoun ed that"), keyed by the three joined with spaces.</summary>
    [JsonInclude] public Dictionary<string, double> Shapes { get; private set; } = [];

    /// <summary>Per last head word of a cue ("seemed" in "seemed to"): how many of its attributions name a source, of how many.</summary>
    [JsonInclude] public Dictionary<string, int[]> Sources { get; private set; } = [];

    private static readonly Lazy<AttributionCueModel> Embedded = new(() =>
    {
        using var stream = typeof(AttributionCueModel).Assembly.GetManifestResourceStream("Triangulate.Facts.attribution-cues.json")
            ?? throw new InvalidOperationException("attribution-cues.json is not embedded in the library");
        return JsonSerializer.Deserialize<AttributionCueModel>(stream)!;
    });

    /// <summary>The model fitted on PolNeAR's training split, shipped with the library.</summary>
    public static AttributionCueModel Default => Embedded.Value;

    private Dictionary<(string Before, string Ending, string After), double> _shapeWeights = [];

    public void OnDeserialized() => _shapeWeights = Shapes.ToDictionary(entry => entry.Key.Split(' ') is [var before, var ending, var after] ? (before, ending, after) : throw new InvalidDataException("bad shape " + entry.Key), entry => entry.Value);

    public double Probability(IReadOnlyList<WordToken> tokens, int index)
    {
        var word = tokens[index].Lower;
        if (!tokens[index].IsWord || !Stems.TryGetValue(StemCache.Stem(word), out var stemWeight))
            return 0;
        var known = Words.TryGetValue(word, out var weights);
        // "forecasters", "insurers": a noun of who does something shares the verb's stem but speaks only through a verb.
        if (!known && IsAgentNoun(word))
            return 0;
        var nextClass = NextClass(tokens, index);
        var sum = Bias + stemWeight + _shapeWeights.GetValueOrDefault((PreviousClass(tokens, index), Ending(word), nextClass));
        if (known)
            sum += weights!.Weight + weights.Previous.GetValueOrDefault(index > 0 ? tokens[index - 1].Lower : "^") + weights.Next.GetValueOrDefault(nextClass);
        return 1 / (1 + Math.Exp(-sum));
    }

    /// <summary>The probability of every token, for a finder that asks about each several times.</summary>
    public double[] Probabilities(IReadOnlyList<WordToken> tokens)
    {
        var probabilities = new double[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            probabilities[i] = Probability(tokens, i);
        return probabilities;
    }

    public bool IsCue(IReadOnlyList<WordToken> tokens, int index) => Probability(tokens, index) >= Threshold;

    /// <summary>"is widely expected to", "appears": cues whose attributions seldom name anyone.</summary>
    public bool SeldomHasSource(string lastHeadWord) =>
        Sources.TryGetValue(lastHeadWord, out var counts) && (double)counts[0] / counts[1] < SourcelessShare;

    /// <summary>
    /// Fits the weights by logistic regression over the candidate words outside quotations, then picks the threshold
    /// with the best cue F1.
    /// </summary>
    public static AttributionCueModel Fit(IEnumerable<(string Text, IReadOnlyList<AnnotatedCue> Cues)> examples)
    {
        var model = new AttributionCueModel();
        var tokenized = new List<(IReadOnlyList<WordToken> Tokens, bool[] InCue, bool[] Quoted)>();
        var cueCounts = new Dictionary<string, int>();
        foreach (var (text, cues) in examples)
        {
            var tokens = WordTokens.Of(text);
            var inCue = tokens.Select(token => cues.Any(cue => token.Start >= cue.Span.Start && token.Start < cue.Span.End)).ToArray();
            foreach (var cue in cues)
            {
                if (tokens.LastOrDefault(token => IsHead(token) && token.IsWord && token.Start >= cue.Span.Start && token.End <= cue.Span.End) is { Lower: not null } last)
                    Count(model.Sources, last.Lower, cue.HasSource);
            }
            // The finder never looks for cues inside quotations, where PolNeAR marks none: counting them would make "I think" look like no cue.
            tokenized.Add((tokens, inCue, Quotations.Inside(text, tokens)));
            for (var i = 0; i < tokens.Count; i++)
            {
                if (inCue[i] && tokens[i].IsWord)
                    cueCounts[StemCache.Stem(tokens[i].Lower)] = cueCounts.GetValueOrDefault(StemCache.Stem(tokens[i].Lower)) + 1;
            }
        }
        var candidateStems = cueCounts.Where(entry => entry.Value >= MinimumCueCount).Select(entry => entry.Key).ToHashSet();

        var candidates = new List<(string[] Features, bool IsCue)>();
        var candidateWords = new HashSet<string>();
        foreach (var (tokens, inCue, quoted) in tokenized)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!quoted[i] && tokens[i].IsWord && candidateStems.Contains(StemCache.Stem(tokens[i].Lower)))
                {
                    candidates.Add((Features(tokens, i).ToArray(), inCue[i]));
                    candidateWords.Add(tokens[i].Lower);
                }
            }
        }
        model.Sources = model.Sources.Where(entry => entry.Value[1] >= MinimumSourceCount && candidateWords.Contains(entry.Key)).ToDictionary();
        model.SetWeights(SparseLogisticRegression.Fit(candidates, MinimumFeatureCount, Epochs, LearningRate), candidateStems);
        model.Threshold = BestThreshold(model, tokenized);
        return model;
    }

    /// <summary>Keeps the stems' weights and, of the words, only those that weigh something.</summary>
    private void SetWeights(Dictionary<string, double> weights, HashSet<string> candidateStems)
    {
        Bias = weights.GetValueOrDefault(SparseLogisticRegression.BiasFeature);
        Stems = candidateStems.ToDictionary(stem => stem, stem => weights.GetValueOrDefault(StemFeature + " " + stem));
        Words = [];
        foreach (var (feature, weight) in weights)
        {
            switch (feature.Split(' '))
            {
                case [WordFeature, var word]:
                    WordWeights(word).Weight = weight;
                    break;
                case [PreviousFeature, var previous, var word]:
                    WordWeights(word).Previous[previous] = weight;
                    break;
                case [NextFeature, var word, var nextClass]:
                    WordWeights(word).Next[nextClass] = weight;
                    break;
                case [ShapeFeature, ..var shape]:
                    Shapes[string.Join(' ', shape)] = weight;
                    break;
            }
        }
        OnDeserialized();

        CueWordWeights WordWeights(string word) => Words.TryGetValue(word, out var found) ? found : Words[word] = new CueWordWeights();
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    private static double BestThreshold(AttributionCueModel model, List<(IReadOnlyList<WordToken> Tokens, bool[] InCue, bool[] Quoted)> tokenized)
    {
        var scored = tokenized.SelectMany(document => Enumerable.Range(0, document.Tokens.Count)
            .Where(i => !document.Quoted[i])
            .Select(i => (Probability: document.Tokens[i].IsWord ? model.Probability(document.Tokens, i) : 0, IsCue: document.InCue[i])))
            .ToList();
        return SparseLogisticRegression.BestThreshold(scored, scored.Count(token => token.IsCue), first: 0.1, last: 0.9, step: 0.05, fallback: 0.5);
    }

    private static void Count(Dictionary<string, int[]> counts, string key, bool isCue)
    {
        if (!counts.TryGetValue(key, out var pair))
            counts[key] = pair = new int[2];
        pair[0] += isCue ? 1 : 0;
        pair[1]++;
    }

    /// <summary>
    /// The word alone, with the word before it, with the word or kind of token after it, and the kinds around it with
    /// the word's ending ("he ...s that", "officials ...ed"), which carries over to words seldom seen.
    /// </summary>
    private static IEnumerable<string> Features(IReadOnlyList<WordToken> tokens, int index)
    {
        var word = tokens[index].Lower;
        var previous = index > 0 ? tokens[index - 1].Lower : "^";
        var nextClass = NextClass(tokens, index);
        yield return StemFeature + " " + StemCache.Stem(word);
        yield return WordFeature + " " + word;
        yield return PreviousFeature + " " + previous + " " + word;
        yield return NextFeature + " " + word + " " + nextClass;
        yield return ShapeFeature + " " + PreviousClass(tokens, index) + " " + Ending(word) + " " + nextClass;
    }

    internal static string PreviousClass(IReadOnlyList<WordToken> tokens, int index)
    {
        if (index == 0)
            return "^";
        var previous = tokens[index - 1];
        return previous.Lower switch
        {
            "\"" or "“" or "”" or "'" or "‘" or "’" => "quote",
            "," or "." or ":" or ";" or "(" or ")" or "-" or "—" => previous.Lower,
            "who" or "to" or "and" or "but" => previous.Lower,
            _ when Determiners.Contains(previous.Lower) => "det",
            _ when Pronouns.Contains(previous.Lower) => "pronoun",
            _ when IsAuxiliary(previous) => "aux",
            _ when previous.Capitalised => "Name",
            _ when IsAdverb(previous) => "adverb",
            _ when IsPluralNoun(previous) => "plural",
            _ => "word",
        };
    }

    private static bool IsAgentNoun(string word) =>
        word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("ers", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal) || word.EndsWith("ors", StringComparison.Ordinal);

    private static string Ending(string word) =>
        word.EndsWith("ing", StringComparison.Ordinal) ? "ing" : word.EndsWith("ed", StringComparison.Ordinal) ? "ed" : word.EndsWith('s') ? "s" : "-";

    internal static string NextClass(IReadOnlyList<WordToken> tokens, int index)
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
