using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Evaluation.Synthetic;

/// <summary>
/// Derives copies of a parent's sentences the way outlets do, recording every change it plants: word for word,
/// trimmed, edited (a figure's qualifier, a quotation, an actor's label, a sentence dropped and one added),
/// paraphrased (reworded throughout, one statement credited to someone else) and rewritten (new framing around a few
/// reworded sentences).
/// </summary>
internal sealed partial class SyntheticCopier(Random random)
{
    private static readonly string[] VagueSources = ["officials", "sources", "people familiar with the matter"];
    private static readonly string[] LabelModifiers = ["embattled", "struggling", "controversial", "powerful", "troubled"];

    // The sentences a copy adds are its own: drawn from word lists, so two outlets (or two families) do not add the
    // same sentence by chance and link through it.
    private static readonly string[] Framings = ["{0} in {1} have been asking about {2} for {3} weeks.", "For {1}'s {0}, the {2} question has hung over {3} months of talks."];
    private static readonly string[] Closings = ["A {2} review in {1} is due within {3} days, {0} say.", "{0} in {1} expect the {2} dispute to return within {3} weeks."];
    private static readonly string[] Additions = ["Our correspondent in {1} said {0} were wary of the {2} plan after {3} days of rumours.", "Some {3} {0} in {1} signed a letter about the {2} scheme."];
    private static readonly string[] Groups = ["teachers", "farmers", "shopkeepers", "nurses", "pensioners", "students", "fishermen", "drivers", "engineers", "tenants"];
    private static readonly string[] Places = ["Harlow", "Ostrava Bay", "Port Mirren", "Dunmore", "Velmora", "Kell", "Ashby", "Tarn", "Wexley", "Calder"];
    private static readonly string[] Topics = ["pension", "tram", "harbour", "water", "zoning", "tariff", "bridge", "school", "ferry", "museum"];

    public (IReadOnlyList<string> Sentences, IReadOnlyList<PlantedChange> Changes) Trimmed(string id, IReadOnlyList<string> parent)
    {
        var keep = Math.Max(2, (int)Math.Ceiling(parent.Count * (0.5 + random.NextDouble() * 0.25)));
        return (parent.Take(keep).ToList(), parent.Skip(keep).Select(s => new PlantedChange(id, "dropped", s, "")).ToList());
    }

    public (IReadOnlyList<string> Sentences, IReadOnlyList<PlantedChange> Changes) Edited(string id, IReadOnlyList<string> parent)
    {
        var sentences = parent.ToList();
        var changes = new List<PlantedChange>();
        var touched = new HashSet<int> { 0 };
        PlantFigure(id, sentences, changes, touched);
        PlantQuote(id, sentences, changes, touched);
        PlantLabel(id, sentences, changes, touched);
        var dropped = Enumerable.Range(sentences.Count / 2, sentences.Count - sentences.Count / 2).Where(i => !touched.Contains(i)).ToList();
        if (dropped.Count > 0)
        {
            var index = dropped[random.Next(dropped.Count)];
            changes.Add(new PlantedChange(id, "dropped", sentences[index], ""));
            sentences.RemoveAt(index);
        }
        var addition = Invented(Additions);
        sentences.Add(addition);
        changes.Add(new PlantedChange(id, "added", "", addition));
        return (sentences, changes);
    }

    public (IReadOnlyList<string> Sentences, IReadOnlyList<PlantedChange> Changes) Paraphrase(string id, IReadOnlyList<string> parent)
    {
        var sentences = parent.Select(Reworded).ToList();
        var changes = new List<PlantedChange>();
        var moved = -1;
        for (var i = 1; i < sentences.Count && moved < 0; i++)
        {
            // The statement is reworded like the rest, then credited to someone vaguer than the parent's named source.
            if (SaidBy().Match(parent[i]) is { Success: true } said)
            {
                var source = VagueSources[random.Next(VagueSources.Length)];
                sentences[i] = Reworded(parent[i][..said.Index]) + $", {source} said.";
                changes.Add(new PlantedChange(id, "attribution", said.Groups["source"].Value, source));
                moved = i;
            }
        }
        // The last sentence may be cut, unless it carries the moved statement: a planted change must stay in the copy.
        if (sentences.Count > 4 && moved != sentences.Count - 1 && random.NextDouble() < 0.5)
        {
            changes.Add(new PlantedChange(id, "dropped", parent[^1], ""));
            sentences.RemoveAt(sentences.Count - 1);
        }
        return (sentences, changes);
    }

    public (IReadOnlyList<string> Sentences, IReadOnlyList<PlantedChange> Changes) Rewrite(string id, IReadOnlyList<string> parent, string dateline)
    {
        var kept = Enumerable.Range(0, Math.Min(parent.Count, 6)).OrderBy(_ => random.Next()).Take(3).Order().ToList();
        var framing = dateline + Invented(Framings);
        var closing = Invented(Closings);
        var sentences = new List<string> { framing };
        sentences.AddRange(kept.Select(i => Reworded(Undated(parent[i], dateline))));
        sentences.Add(closing);
        var changes = new List<PlantedChange> { new(id, "added", "", framing), new(id, "added", "", closing) };
        changes.AddRange(Enumerable.Range(0, parent.Count).Where(i => !kept.Contains(i)).Select(i => new PlantedChange(id, "dropped", parent[i], "")));
        return (sentences, changes);
    }

    private string Invented(string[] templates)
    {
        var sentence = string.Format(CultureInfo.InvariantCulture, templates[random.Next(templates.Length)],
            Groups[random.Next(Groups.Length)], Places[random.Next(Places.Length)], Topics[random.Next(Topics.Length)], 2 + random.Next(40));
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private static string Undated(string sentence, string dateline) =>
        dateline.Length > 0 && sentence.StartsWith(dateline, StringComparison.Ordinal) ? char.ToUpperInvariant(sentence[dateline.Length]) + sentence[(dateline.Length + 1)..] : sentence;

    /// <summary>
    /// Reworded throughout: most words the table knows replaced, and a third of the longer words dropped, so no sentence
    /// stays nearly word for word. Quotations and figures (with their qualifier and scale: "about 1.3 billion") stay as
    /// they were: changing them is a planted change, and an unrecorded one would be a change the gold does not list.
    /// </summary>
    private string Reworded(string sentence)
    {
        // News quotations often run on past the sentence (one opening mark, closed paragraphs later): everything from
        // the first quotation mark on is kept.
        var quoteStart = sentence.IndexOfAny(['"', '“', '”']);
        if (quoteStart >= 0)
            return FiguresKept(sentence[..quoteStart]) + sentence[quoteStart..];
        return FiguresKept(sentence);
    }

    private string FiguresKept(string text)
    {
        var builder = new System.Text.StringBuilder();
        var position = 0;
        foreach (var span in Figure().Matches(text).Where(m => m.Length > 0))
        {
            builder.Append(RewordedFreely(text[position..span.Index])).Append(span.Value);
            position = span.Index + span.Length;
        }
        return builder.Append(RewordedFreely(text[position..])).ToString();
    }

    private string RewordedFreely(string text)
    {
        var reworded = Rewording.Reword(text, 0.8, random);
        var removable = LowerWord().Matches(reworded).Where(m => m.Index > 0).ToList();
        foreach (var match in removable.OrderBy(_ => random.Next()).Take(Math.Max(2, removable.Count / 3)).OrderByDescending(m => m.Index))
            reworded = reworded.Remove(match.Index, Math.Min(match.Length + 1, reworded.Length - match.Index));
        return reworded;
    }

    private void PlantFigure(string id, List<string> sentences, List<PlantedChange> changes, HashSet<int> touched)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (QualifiedNumber().Match(sentences[i]) is { Success: true } qualified)
            {
                var replacement = qualified.Groups["qualifier"].Value.ToLowerInvariant() is "more than" or "over" ? "at least" : "more than";
                sentences[i] = sentences[i].Remove(qualified.Groups["qualifier"].Index, qualified.Groups["qualifier"].Length).Insert(qualified.Groups["qualifier"].Index, replacement);
                changes.Add(new PlantedChange(id, "figure", qualified.Value, replacement + " " + qualified.Groups["number"].Value));
                touched.Add(i);
                return;
            }
        }
        for (var i = 1; i < sentences.Count; i++)
        {
            if (CountedNumber().Match(sentences[i]) is { Success: true } counted)
            {
                sentences[i] = sentences[i].Insert(counted.Index, "about ");
                changes.Add(new PlantedChange(id, "figure", counted.Groups["number"].Value, "about " + counted.Groups["number"].Value));
                touched.Add(i);
                return;
            }
        }
    }

    private void PlantQuote(string id, List<string> sentences, List<PlantedChange> changes, HashSet<int> touched)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (touched.Contains(i) || Quotation().Match(sentences[i]) is not { Success: true } quote)
                continue;
            var words = quote.Groups["words"].Value.Split(' ');
            if (words.Length < 5)
                continue;
            var dropped = 1 + random.Next(words.Length - 2);
            var altered = string.Join(' ', words.Where((_, k) => k != dropped));
            sentences[i] = sentences[i].Remove(quote.Groups["words"].Index, quote.Groups["words"].Length).Insert(quote.Groups["words"].Index, altered);
            changes.Add(new PlantedChange(id, "quote", quote.Groups["words"].Value, altered));
            touched.Add(i);
            return;
        }
    }

    private void PlantLabel(string id, List<string> sentences, List<PlantedChange> changes, HashSet<int> touched)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (touched.Contains(i) || LabelledActor().Match(sentences[i]) is not { Success: true } label)
                continue;
            var modifier = LabelModifiers[random.Next(LabelModifiers.Length)];
            sentences[i] = sentences[i].Insert(label.Groups["head"].Index, modifier + " ");
            changes.Add(new PlantedChange(id, "label", label.Groups["head"].Value, modifier + " " + label.Groups["head"].Value));
            touched.Add(i);
            return;
        }
    }

    [GeneratedRegex(@"\b(?<qualifier>[Aa]t least|[Mm]ore than|[Aa]bout|[Aa]round|[Nn]early|[Oo]ver|[Aa]lmost)\s+(?<number>\d[\d,.]*\d|\d)\b(?!\s*(?:%|per\s?cent))")]
    private static partial Regex QualifiedNumber();

    [GeneratedRegex(@"\b(?:(?:[Aa]t least|[Mm]ore than|[Aa]bout|[Aa]round|[Nn]early|[Oo]ver|[Aa]lmost|[Uu]nder|[Ss]ome|[Uu]p to)\s+)?(?:\d[\d,.]*\d|\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand)\b(?:\s+(?:billion|million|thousand|hundred|mln|bln|pct|percent|per cent|dlrs|cts))?")]
    private static partial Regex Figure();

    [GeneratedRegex(@"(?<![\d$£€.,])\b(?!(?:19|20)\d\d\b)(?<number>[1-9]\d{0,2}(?:,\d{3})+|[2-9]\d|[1-9]\d{2,3})\b(?![.,]?\d)(?=\s+[a-z]{3,})(?!\s+(?:per|percent|pc)\b)")]
    private static partial Regex CountedNumber();

    [GeneratedRegex(@"[""“](?<words>[^""“”]{20,200})[""”]")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"\bthe (?<head>company|firm|government|group|party|union|club|band|team)\b")]
    private static partial Regex LabelledActor();

    [GeneratedRegex(@",\s*(?<source>(?:the\s+)?[A-Z][\w.'’\- ]{2,40}?) said\.$")]
    private static partial Regex SaidBy();

    [GeneratedRegex(@"\b[a-z]{5,}\b")]
    private static partial Regex LowerWord();
}
