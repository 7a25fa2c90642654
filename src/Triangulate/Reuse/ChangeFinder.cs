using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>
/// What a derived article changed against its parent: in each pair of aligned sentences, quotations whose words
/// differ, figures whose number or qualifier moved, statements credited to someone else and actors named with another
/// noun phrase; over the whole text, the sentences added and dropped, and figures restated with a new qualifier.
/// </summary>
public static class ChangeFinder
{
    private static readonly Dictionary<string, string> QualifierClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["about"] = "about", ["around"] = "about", ["approximately"] = "about", ["roughly"] = "about", ["some"] = "about",
        ["an estimated"] = "about", ["close to"] = "about", ["nearly"] = "under", ["almost"] = "under", ["just under"] = "under",
        ["under"] = "under", ["fewer than"] = "under", ["less than"] = "under", ["over"] = "over", ["more than"] = "over",
        ["just over"] = "over", ["at least"] = "at least", ["up to"] = "at most", ["at most"] = "at most", ["as many as"] = "at most",
    };

    public static IReadOnlyList<Change> Find(ArticleSentences parent, ArticleSentences copy, TextReuse reuse, string from)
    {
        var changes = new List<Change>();
        var id = copy.ArticleId;
        foreach (var alignment in reuse.Alignments.Where(a => a.Kind != AlignmentKind.Verbatim))
        {
            var before = parent.Sentences[alignment.Source];
            var after = copy.Sentences[alignment.Sentence];
            changes.AddRange(QuoteChanges(before, after).Select(c => new Change(ChangeKind.Quote, id, from, c.Before, c.After, alignment.Sentence)));
            changes.AddRange(LabelChanges(before, after).Select(c => new Change(ChangeKind.Label, id, from, c.Before, c.After, alignment.Sentence)));
        }
        changes.AddRange(FigureChanges(parent, copy, reuse, id, from));
        var carried = reuse.Alignments.Select(a => a.Sentence).ToHashSet();
        var kept = reuse.Alignments.Select(a => a.Source).ToHashSet();
        changes.AddRange(NewLabels(parent, copy, carried, id, from));
        changes.AddRange(MovedStatements(parent, copy, id, from));
        changes.AddRange(Enumerable.Range(0, copy.Sentences.Count).Where(i => !carried.Contains(i) && copy.Keys[i].HasContent)
            .Select(i => new Change(ChangeKind.Added, id, from, null, copy.Sentences[i].Text, i)));
        changes.AddRange(Enumerable.Range(0, parent.Sentences.Count).Where(i => !kept.Contains(i) && parent.Keys[i].HasContent)
            .Select(i => new Change(ChangeKind.Dropped, id, from, parent.Sentences[i].Text, null, null)));
        return changes;
    }

    /// <summary>Each quotation of the copy against the parent's quotation it shares most words with, when their words differ.</summary>
    private static IEnumerable<(string Before, string After)> QuoteChanges(TextProfile before, TextProfile after)
    {
        var parentQuotes = Quotations(before);
        foreach (var quote in Quotations(after))
        {
            var match = parentQuotes
                .Select(p => (Quote: p, Shared: p.Forms.Intersect(quote.Forms).Count()))
                .Where(p => p.Shared > 0)
                .OrderByDescending(p => p.Shared)
                .FirstOrDefault();
            if (match.Quote is not null && !match.Quote.Forms.SequenceEqual(quote.Forms))
                yield return (match.Quote.Written, quote.Written);
        }
    }

    private sealed record Quotation(List<string> Forms, string Written);

    private static List<Quotation> Quotations(TextProfile profile)
    {
        var (forms, written, quoted) = WordDiff.Words(profile);
        var quotes = new List<Quotation>();
        for (var i = 0; i < forms.Count; i++)
        {
            if (!quoted[i])
                continue;
            var start = i;
            while (i + 1 < forms.Count && quoted[i + 1])
                i++;
            quotes.Add(new Quotation(forms[start..(i + 1)], string.Join(' ', written[start..(i + 1)])));
        }
        return quotes;
    }

    /// <summary>
    /// Label phrases of the copy's sentence that the parent's aligned sentence words differently, against the parent's
    /// phrase with the same head ("Palestinian Islamist groups" to "Palestinian Islamist terror groups").
    /// </summary>
    private static IEnumerable<(string Before, string After)> LabelChanges(TextProfile before, TextProfile after)
    {
        var parentPhrases = LabelPhrase.In(before);
        foreach (var phrase in LabelPhrase.In(after))
        {
            if (parentPhrases.Any(p => p.SameAs(phrase)))
                continue;
            if (parentPhrases.FirstOrDefault(p => p.Head == phrase.Head) is { } replaced && phrase.SaysMoreThan(replaced))
                yield return (replaced.Text, phrase.Text);
        }
    }

    /// <summary>
    /// Label phrases in the copy's own sentences that the parent never uses ("the militia", "two terror factions"),
    /// against the parent's label for the same actor when it has one. The actor a label describes is a name inside it or
    /// the nearest group named before it in its sentence ("strikes on Houthi targets ... redesignated the militia as a
    /// terrorist group": both labels describe the Houthis); a label whose actor is unknown is a new label, never paired
    /// with another actor's phrase that happens to share its head.
    /// </summary>
    private static IEnumerable<Change> NewLabels(ArticleSentences parent, ArticleSentences copy, HashSet<int> carried, string id, string from)
    {
        var parentPhrases = parent.Sentences.SelectMany((s, i) => LabelPhrase.In(s).Select(phrase => (Phrase: phrase, Sentence: i))).ToList();
        // Whom the parent's labels describe is worked out only for a copy that brings a label of its own.
        var parentLabels = new Lazy<List<(LabelPhrase Phrase, string? Actor)>>(() => parentPhrases.Select(p => (p.Phrase, Referent(parent, p.Sentence, p.Phrase))).ToList());
        var reported = new HashSet<string>();
        for (var i = 0; i < copy.Sentences.Count; i++)
        {
            if (carried.Contains(i))
                continue;
            foreach (var phrase in LabelPhrase.In(copy.Sentences[i]))
            {
                if (parentPhrases.Any(p => p.Phrase.SameAs(phrase)) || !reported.Add(string.Join(' ', phrase.Words)))
                    continue;
                var actor = Referent(copy, i, phrase);
                var before = actor is null ? null : parentLabels.Value.FirstOrDefault(p => p.Actor is { } other && SameActor(actor, other)).Phrase;
                if (before is null || phrase.SaysMoreThan(before))
                    yield return new Change(ChangeKind.Label, id, from, before?.Text, phrase.Text, i);
            }
        }
    }

    /// <summary>
    /// The group a label phrase describes: a name inside the phrase ("Houthi rebels"), else the nearest organisation or
    /// armed group named before it in its sentence; null when none is.
    /// </summary>
    private static string? Referent(ArticleSentences text, int sentence, LabelPhrase phrase)
    {
        var own = text.Sentences[sentence].Text;
        var at = own.IndexOf(phrase.Text, StringComparison.Ordinal);
        var groups = Groups(own);
        if (groups.FirstOrDefault(m => m.Start >= at && m.End <= at + phrase.Text.Length) is { } inside)
            return ActorKey(inside.Text);
        return groups.LastOrDefault(m => m.End <= at) is { } before ? ActorKey(before.Text) : null;
    }

    private static List<ActorMention> Groups(string sentence) =>
        ActorMentionFinder.Find(sentence).Mentions.Where(m => m.Type is ActorType.Organisation or ActorType.ArmedGroup or ActorType.Unknown).ToList();

    /// <summary>One name is the other or its first words: "Varga" and "Varga Brigades".</summary>
    private static bool SameActor(string first, string second) =>
        first == second || second.StartsWith(first + " ", StringComparison.Ordinal) || first.StartsWith(second + " ", StringComparison.Ordinal);

    /// <summary>"Houthis", "Houthi" and "the Houthis" name one actor.</summary>
    private static string ActorKey(string name)
    {
        var key = TextNormalizer.Normalize(name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name);
        return key.EndsWith('s') ? key[..^1] : key;
    }

    /// <summary>
    /// Sources that name someone: a phrase with a capitalised word ("The ministry", "the Hamas leadership", "the mine's
    /// operator Halvard Metals") or a kind of people ("officials", "local sources", "people familiar with the matter");
    /// no pronouns.
    /// </summary>
    private static bool IsNamed(string source) =>
        source.Length > 1 && !Pronouns.Contains(source.ToLowerInvariant())
        && (HasName(source) || source.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => SourceNouns.Contains(w.ToLowerInvariant())));

    /// <summary>A capitalised word other than an article, or a ministry or army: someone in particular.</summary>
    private static bool HasName(string source) =>
        source.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => (char.IsUpper(w[0]) && w.ToLowerInvariant() is not ("the" or "a" or "an")) || Institutions.Contains(w.ToLowerInvariant()));

    private static readonly HashSet<string> Institutions = ["ministry", "embassy", "army", "military"];

    private static readonly HashSet<string> SourceNouns =
    [
        "officials", "sources", "analysts", "experts", "diplomats", "witnesses", "residents", "police", "authorities", "investigators",
        "economists", "traders", "dealers", "observers", "lawmakers", "critics", "officers", "spokesman", "spokeswoman", "spokesperson",
        "people", "person", "official", "source",
    ];

    private static readonly HashSet<string> Pronouns = ["he", "she", "they", "it", "we", "i", "you", "this", "that", "who", "which"];

    /// <summary>
    /// Statements the copy credits to someone else: an attribution of the copy whose content (what is said) is mostly
    /// the content of an attribution of the parent, with sources that share no word ("the sources said the Houthis
    /// would keep attacking" to "confirmed by the Houthi leader"). Each statement of either side is matched once, best
    /// overlap first. Matching by what is said finds the statement wherever the copy moved or reworded it. The statement
    /// moved only when the copy's sentence no longer names the parent's source and the parent's sentence did not name the
    /// copy's already (else the sources were read differently, not changed); one unnamed kind of people for another
    /// ("officials" to "authorities") is a choice of words.
    /// </summary>
    private static IEnumerable<Change> MovedStatements(ArticleSentences parent, ArticleSentences copy, string id, string from)
    {
        var parentStatements = parent.Sentences.SelectMany((s, i) => Statements(s.Text).Select(statement => (statement.Source, statement.Content, Sentence: i))).ToList();
        if (parentStatements.Count == 0)
            yield break;
        var copyStatements = copy.Sentences.SelectMany((s, i) => Statements(s.Text).Select(statement => (statement.Source, statement.Content, Sentence: i))).ToList();
        var matches = copyStatements
            .SelectMany((c, ci) => parentStatements.Select((p, pi) => (Copy: ci, Parent: pi, Shared: p.Content.Count(c.Content.Contains))))
            .Where(m => m.Shared >= 2 && m.Shared * 5 >= copyStatements[m.Copy].Content.Count * 3
                && SameFigures(parent.Sentences[parentStatements[m.Parent].Sentence], copy.Sentences[copyStatements[m.Copy].Sentence]))
            .OrderByDescending(m => m.Shared);
        var usedCopy = new HashSet<int>();
        var usedParent = new HashSet<int>();
        foreach (var (copyIndex, parentIndex, _) in matches)
        {
            if (usedCopy.Contains(copyIndex) || usedParent.Contains(parentIndex))
                continue;
            usedCopy.Add(copyIndex);
            usedParent.Add(parentIndex);
            var (source, _, sentence) = copyStatements[copyIndex];
            var (original, _, parentSentence) = parentStatements[parentIndex];
            var (before, after) = (SourceWords(original), SourceWords(source));
            if (before.Count > 0 && after.Count > 0 && !before.Overlaps(after)
                && !before.IsSubsetOf(SourceWords(copy.Sentences[sentence].Text)) && !after.IsSubsetOf(SourceWords(parent.Sentences[parentSentence].Text))
                && (HasName(original) || HasName(source)))
                yield return new Change(ChangeKind.Attribution, id, from, original, source, sentence);
        }
    }

    /// <summary>
    /// Whether two sentences could report one statement by their figures: a statement moved to another source keeps
    /// its figures, so two sentences with figures written in digits and none in common ("wary after 25 days", "wary
    /// after 27 days") say different things.
    /// </summary>
    private static bool SameFigures(TextProfile first, TextProfile second)
    {
        var (before, after) = (DigitFigures(first), DigitFigures(second));
        return before.Count == 0 || after.Count == 0 || before.Overlaps(after);
    }

    private static HashSet<double> DigitFigures(TextProfile sentence) =>
        sentence.Numbers.Where(n => sentence.Text.AsSpan(n.Start, n.Length).IndexOfAnyInRange('0', '9') >= 0).Select(n => n.Value.Value).ToHashSet();

    /// <summary>
    /// The named sources of a sentence with the content stems of what each says. A statement the sentence reports
    /// "according to" someone ("The Houthis confirmed ..., according to the Hamas and Islamic Jihad sources") stands on
    /// that someone: they are its source.
    /// </summary>
    private static IEnumerable<(string Source, HashSet<string> Content)> Statements(string sentence)
    {
        var attributions = AttributionFinder.Default.Find(sentence).Where(a => a.Source is { } source && IsNamed(source.Text)).ToList();
        var vouching = attributions.FirstOrDefault(a => a.Cue.Text.StartsWith("according", StringComparison.OrdinalIgnoreCase));
        return attributions
            .Select(a => ((vouching ?? a).Source!.Text, ContentStems(WhatIsSaid(sentence, a))))
            .Where(s => s.Item2.Count >= 2);
    }

    /// <summary>The attribution's content, or, where the finder marks none ("..., the FDIC said."), the sentence without source and cue.</summary>
    private static string WhatIsSaid(string sentence, Attribution attribution)
    {
        if (attribution.Content is { Length: > 0 } content)
            return content.Text;
        var (first, second) = attribution.Source!.Start < attribution.Cue.Start ? (attribution.Source, attribution.Cue) : (attribution.Cue, attribution.Source);
        return sentence[..first.Start] + " " + sentence[Math.Min(sentence.Length, second.End)..];
    }

    private static HashSet<string> ContentStems(string text)
    {
        var profile = TextProfiler.Profile(text);
        return profile.Stems.Where((stem, i) => profile.Tokens[i].Kind is TokenKind.Word && !StopWords.Contains(profile.Forms[i])).ToHashSet();
    }

    /// <summary>The words of a phrase, hyphenated ones also by their parts ("Paris-based" holds "paris").</summary>
    private static HashSet<string> SourceWords(string source) =>
        Tokenizer.Tokenize(source).Select(t => TextNormalizer.Normalize(t.In(source)))
            .SelectMany(w => w.Contains('-', StringComparison.Ordinal) ? [w, .. w.Split('-', StringSplitOptions.RemoveEmptyEntries)] : new[] { w })
            .Where(w => !StopWords.Contains(w)).ToHashSet();

    /// <summary>
    /// Figures of the copy against the parent's: in aligned sentences, a number counting the same thing with another
    /// value or qualifier; in the copy's other sentences, the same number of the same thing restated with a qualifier of another meaning.
    /// </summary>
    private static IEnumerable<Change> FigureChanges(ArticleSentences parent, ArticleSentences copy, TextReuse reuse, string id, string from)
    {
        var parentFigures = parent.Sentences.Select(s => QuantityFinder.Find(s.Text)).ToList();
        var alignmentOf = reuse.Alignments.ToDictionary(a => a.Sentence);
        var reported = new HashSet<string>();
        for (var i = 0; i < copy.Sentences.Count; i++)
        {
            var aligned = alignmentOf.GetValueOrDefault(i);
            if (aligned?.Kind == AlignmentKind.Verbatim)
                continue;
            var figures = QuantityFinder.Find(copy.Sentences[i].Text);
            var pairs = aligned is null
                ? figures.Select(f => (Before: parentFigures.SelectMany(p => p).FirstOrDefault(p => p.Value == f.Value && SharesWhat(p, f)), After: f))
                : Paired(parentFigures[aligned.Source], figures);
            foreach (var (before, after) in pairs)
            {
                if (before is null || !Drifted(before, after) || !reported.Add(before.Text + "\u0001" + after.Text))
                    continue;
                yield return new Change(ChangeKind.Figure, id, from, before.Text, after.Text, i);
            }
        }
    }

    /// <summary>
    /// The figures of two versions of one sentence, paired: the same number first (its qualifier may have moved), then
    /// what is left in order when both sides have as many left and they count the same thing.
    /// </summary>
    private static IEnumerable<(Quantity? Before, Quantity After)> Paired(IReadOnlyList<Quantity> before, IReadOnlyList<Quantity> after)
    {
        var unpairedBefore = before.ToList();
        var unpairedAfter = new List<Quantity>();
        foreach (var figure in after)
        {
            if (unpairedBefore.FirstOrDefault(b => b.Value == figure.Value) is { } same)
            {
                unpairedBefore.Remove(same);
                yield return (same, figure);
            }
            else
                unpairedAfter.Add(figure);
        }
        if (unpairedBefore.Count != unpairedAfter.Count)
            yield break;
        foreach (var (b, a) in unpairedBefore.Zip(unpairedAfter))
        {
            if (SharesWhat(b, a))
                yield return (b, a);
        }
    }

    private static bool SharesWhat(Quantity first, Quantity second) =>
        first.What is not null && second.What is not null
        && SourceWords(first.What).Overlaps(SourceWords(second.What));

    private static bool Drifted(Quantity before, Quantity after) =>
        before.Value != after.Value || QualifierClass(before.Qualifier) != QualifierClass(after.Qualifier);

    private static string QualifierClass(string? qualifier) =>
        qualifier is null ? "" : QualifierClasses.GetValueOrDefault(qualifier, qualifier.ToLowerInvariant());
}
