using static Triangulate.Facts.AttributionWords;

namespace Triangulate.Facts;

/// <summary>
/// Finds attributions: a cue word the cue model trusts in its context, the source (the noun phrase just before the
/// cue, or after it in "..., said the minister" and "according to X"), the content (the rest of the clause or the
/// quotation), the channel ("told AFP"), and whether the source is anonymous.
/// </summary>
/// <param name="sources">Which of the sources found to name: the others are left unnamed.</param>
public sealed class AttributionFinder(AttributionCueModel model, AttributionSourceModel sources)
{
    private const int MaximumSourceTokens = 8;
    private const double ConfidentCue = 0.75;
    private const int MaximumColonSpeakerTokens = 5;

    private const int InnerFolds = 4;

    public AttributionCueModel Cues => model;

    public AttributionSourceModel Sources => sources;

    public static AttributionFinder Default { get; } = new(AttributionCueModel.Default, AttributionSourceModel.Default);

    /// <summary>The attributions said with a verb of saying or thinking (<see cref="SpeechVerbs"/>): who says so, as reports tell it.</summary>
    public IReadOnlyList<Attribution> FindSaid(string text) => FindSaid(text, WordTokens.Of(text));

    /// <param name="tokens">The text's words, <see cref="WordTokens.Of"/>.</param>
    public IReadOnlyList<Attribution> FindSaid(string text, IReadOnlyList<WordToken> tokens) =>
        [.. Find(text, tokens).Where(attribution => SpeechVerbs.Introduces(attribution.Cue.Text))];

    public IReadOnlyList<Attribution> Find(string text) => Find(text, WordTokens.Of(text));

    private List<Attribution> Find(string text, IReadOnlyList<WordToken> tokens)
    {
        var found = FindNamingSources(text, tokens);
        var kept = new List<Attribution>(found.Count);
        foreach (var (attribution, features, _) in found)
            kept.Add(features is not null && !sources.Keeps(features) ? attribution with { Source = null, Anonymous = false } : attribution);
        return kept;
    }

    /// <summary>
    /// Fits a finder to annotated documents: the cue model on all of them, and the source model on the sources found in
    /// each of <see cref="InnerFolds"/> folds by a cue model fitted on the other folds, so it learns from the finder's
    /// mistakes on text it has not seen.
    /// </summary>
    public static AttributionFinder Fit(IReadOnlyList<(string Text, IReadOnlyList<AnnotatedAttribution> Annotated)> documents)
    {
        var folds = Enumerable.Range(0, InnerFolds).AsParallel().AsOrdered().Select(fold =>
        {
            var finder = new AttributionFinder(AttributionCueModel.Fit(CueExamples(documents.Where((_, i) => i % InnerFolds != fold))), AttributionSourceModel.KeepingAll);
            var found = new List<(string[] Features, bool Right)>();
            var annotatedSources = 0;
            foreach (var (text, annotated) in documents.Where((_, i) => i % InnerFolds == fold))
            {
                var attributions = finder.FindNamingSources(text, WordTokens.Of(text));
                var matches = AnnotatedAttribution.Match([.. attributions.Select(a => a.Attribution)], annotated);
                for (var p = 0; p < attributions.Count; p++)
                {
                    if (attributions[p].SourceFeatures is { } features)
                        found.Add((features, matches[p] >= 0 && annotated[matches[p]].SourceAgrees(attributions[p].Attribution)));
                }
                annotatedSources += annotated.Count(a => a.Source is not null);
            }
            return ((IReadOnlyList<(string[] Features, bool Right)>)found, annotatedSources);
        }).ToList();
        return new AttributionFinder(AttributionCueModel.Fit(CueExamples(documents)), AttributionSourceModel.Fit(folds));
    }

    /// <summary>The annotated cues of documents, and whether each names a source, for fitting the cue model.</summary>
    public static IEnumerable<(string Text, IReadOnlyList<AnnotatedCue> Cues)> CueExamples(IEnumerable<(string Text, IReadOnlyList<AnnotatedAttribution> Annotated)> documents) =>
        documents.Select(document => (document.Text, (IReadOnlyList<AnnotatedCue>)document.Annotated
            .Where(item => item.Cue is not null)
            .Select(item => new AnnotatedCue(item.Cue!, item.Source is not null))
            .ToList()));

    /// <summary>Every attribution found, each with the features of the source it names for <see cref="AttributionSourceModel"/> (none when it names none).</summary>
    private List<Candidate> FindNamingSources(string text, IReadOnlyList<WordToken> tokens)
    {
        // A quotation is the content of the attribution around it; PolNeAR gives each word to one attribution only.
        var quoted = Quotations.Inside(text, tokens);
        var cueProbabilities = model.Probabilities(tokens);
        var found = new List<Candidate>();
        // "X rejected the idea and said ..." and "..., but she backed ...": a cue that shares the sentence's subject or opens a clause is a new attribution even inside another's content.
        var coordinated = new HashSet<Attribution>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Lower == ":" && !quoted[i] && SpeakerBeforeColon(text, tokens, cueProbabilities, i) is { } speaker)
            {
                found.Add(new Candidate(ColonAttribution(text, tokens, speaker, i), SourceFeatures(tokens, "colon", i, i, speaker, 1, Doubt: null), SourceDoubted: false));
                continue;
            }
            if (tokens[i].Lower is "―" or "—" or "–" && !quoted[i] && SpeakerAfterDash(text, tokens, i) is { } signer)
            {
                found.Add(new Candidate(DashAttribution(text, tokens, signer, i), SourceFeatures(tokens, "dash", i, i, signer, 1, Doubt: null), SourceDoubted: false));
                continue;
            }
            if (!tokens[i].IsWord || quoted[i] || cueProbabilities[i] < model.Threshold)
                continue;
            var score = cueProbabilities[i];
            var first = i;
            var hasHead = IsHead(tokens[i]);
            while (i + 1 < tokens.Count && tokens[i + 1].IsWord && !quoted[i + 1] && cueProbabilities[i + 1] >= model.Threshold)
            {
                i++;
                hasHead |= IsHead(tokens[i]);
                score = Math.Max(score, cueProbabilities[i]);
            }
            if (!hasHead || NotSpeech.Contains(tokens[i].Lower) || EvidenceVerbs.Contains(tokens[i].Lower) && first > 0 && ThingsThatShow.Contains(tokens[first - 1].Lower))
                continue;
            // "..., he said, adding that ..." shares a speaker only when the rules trust it.
            var previous = found.Count == 0 ? null : found[^1].SourceDoubted ? found[^1].Attribution with { Source = null } : found[^1].Attribution;
            var built = Build(text, tokens, first, i, score, previous);
            found.Add(built);
            var attribution = built.Attribution;
            if (SharesTheSentenceSubject(tokens, first, SentenceAround(tokens, first).First) || OpensAClause(tokens, first))
                coordinated.Add(attribution);
        }
        return found.Where(f => f.Attribution.Score >= ConfidentCue || coordinated.Contains(f.Attribution) || !InsideAnotherContent(f.Attribution, found)).ToList();
    }

    /// <summary>"..., but she backed ...": a cue right after a new clause's own subject (a name or a personal pronoun) starts an attribution of its own.</summary>
    private static bool OpensAClause(IReadOnlyList<WordToken> tokens, int cueFirst) =>
        cueFirst >= 2 && (IsPersonalSubject(tokens[cueFirst - 1].Lower) || tokens[cueFirst - 1].Capitalised)
        && tokens[cueFirst - 2].Lower is "but" or "and" or "," or ";" or "while" or "although" or "though" or "whereas";

    /// <summary>A personal pronoun that can be a clause's subject and a speaker: "he", "she", "they", "we", "I".</summary>
    private static bool IsPersonalSubject(string lower) => lower is "he" or "she" or "they" or "we" or "i";

    /// <summary>A weak cue inside what another attribution reports is part of that report, not a new attribution.</summary>
    private static bool InsideAnotherContent(Attribution attribution, List<Candidate> found) =>
        found.Exists(f => f.Attribution is var outer && outer != attribution && outer.Content is { } content && content.Start <= attribution.Cue.Start && attribution.Cue.End <= content.End);

    /// <summary>
    /// "Graham: Rival’s plan would fail" and "Ms. Vale: “We stay.”": a line that opens with a short name and a colon
    /// (or a name after a dash, and a quotation) reports what that speaker said.
    /// </summary>
    private (int First, int Last)? SpeakerBeforeColon(string text, IReadOnlyList<WordToken> tokens, double[] cueProbabilities, int colon)
    {
        if (colon + 1 >= tokens.Count || !(tokens[colon + 1].Capitalised || tokens[colon + 1].Lower is "“" or "\"" or "‘"))
            return null;
        var first = colon;
        while (first > 0 && colon - first < MaximumColonSpeakerTokens && !LineBreakBetween(text, tokens, first - 1)
            && (tokens[first - 1].IsWord || tokens[first - 1].Lower is "." or "’" or "'"))
            first--;
        var startsLine = first == 0 || LineBreakBetween(text, tokens, first - 1);
        // "Pollsters agree - Ada Vale: “...”": a name after a dash, quoted after the colon.
        var afterDash = first > 0 && tokens[first - 1].Lower is "-" or "—" or "–" && tokens[colon + 1].Lower is "“" or "\"";
        if (!startsLine && !afterDash || first == colon || !tokens[first].Capitalised || !tokens[colon - 1].IsWord || ColonLabels.Contains(tokens[first].Lower))
            return null;
        // "He added:" has its own cue.
        for (var i = first; i < colon; i++)
        {
            if (tokens[i].IsWord && cueProbabilities[i] >= model.Threshold)
                return null;
        }
        return (first, colon - 1);
    }

    /// <summary>
    /// "“We will rebuild.” ― Ada Vale": a quotation closed by a dash and a short name that ends the line is what that
    /// person said, as pull quotes and readers' voices are signed.
    /// </summary>
    private static (int First, int Last)? SpeakerAfterDash(string text, IReadOnlyList<WordToken> tokens, int dash)
    {
        if (dash == 0 || tokens[dash - 1].Lower is not ("”" or "\"") || dash + 1 >= tokens.Count || !tokens[dash + 1].Capitalised)
            return null;
        var last = dash + 1;
        while (last + 1 < tokens.Count && last - dash < MaximumColonSpeakerTokens && !LineBreakBetween(text, tokens, last)
            && (tokens[last + 1].IsWord || tokens[last + 1].Lower == "." && last + 2 < tokens.Count && !LineBreakBetween(text, tokens, last + 1)))
            last++;
        var endsLine = last + 1 == tokens.Count || LineBreakBetween(text, tokens, last) || tokens[last + 1].Lower == "." && (last + 2 == tokens.Count || LineBreakBetween(text, tokens, last + 1));
        return endsLine && tokens[last].IsWord ? (dash + 1, last) : null;
    }

    private static bool LineBreakBetween(string text, IReadOnlyList<WordToken> tokens, int before) =>
        text.AsSpan(tokens[before].End, tokens[before + 1].Start - tokens[before].End).Contains('\n');

    private static Attribution DashAttribution(string text, IReadOnlyList<WordToken> tokens, (int First, int Last) signer, int dash)
    {
        var first = dash - 1;
        while (first > 0 && tokens[first - 1].Lower is not ("“" or "\"") && !LineBreakBetween(text, tokens, first - 1))
            first--;
        return new Attribution(
            TextSpan.Of(text, tokens[signer.First].Start, tokens[signer.Last].End),
            TextSpan.Of(text, tokens[dash].Start, tokens[dash].End),
            ContentSpan(text, tokens, (first, dash - 2)),
            Channel: null,
            Anonymous: false,
            Score: 1);
    }

    private static Attribution ColonAttribution(string text, IReadOnlyList<WordToken> tokens, (int First, int Last) speaker, int colon)
    {
        var last = colon + 1;
        while (last + 1 < tokens.Count && !LineBreakBetween(text, tokens, last))
            last++;
        return new Attribution(
            TextSpan.Of(text, tokens[speaker.First].Start, tokens[speaker.Last].End),
            TextSpan.Of(text, tokens[colon].Start, tokens[colon].End),
            ContentSpan(text, tokens, (colon + 1, last)),
            Channel: null,
            Anonymous: false,
            Score: 1);
    }

    /// <param name="previous">The attribution found before this one: "..., he said, adding that ..." shares its speaker.</param>
    private Candidate Build(string text, IReadOnlyList<WordToken> tokens, int cueFirst, int cueLast, double score, Attribution? previous)
    {
        var (sentenceFirst, sentenceLast) = SentenceAround(tokens, cueFirst);
        var cue = TextSpan.Of(text, tokens[cueFirst].Start, tokens[cueLast].End);
        var cueWord = tokens[cueFirst].Lower;

        (int First, int Last)? source;
        (int First, int Last)? content;
        string how;
        if (cueWord == "according" || InvertedOrder(tokens, cueFirst, cueLast, sentenceFirst, sentenceLast))
        {
            how = cueWord == "according" ? "according" : "inverted";
            source = PhraseAfter(tokens, cueLast + 1, sentenceLast);
            content = cueFirst - 1 > sentenceFirst ? (sentenceFirst, ClauseEndBefore(tokens, cueFirst)) : source is { } after && after.Last < sentenceLast ? (after.Last + 1, sentenceLast) : null;
        }
        else if (IsPassiveWithAgent(tokens, cueLast, sentenceLast))
        {
            // "a plan opposed by House Republicans": the agent after "by" holds the view.
            how = "agent";
            source = PhraseAfter(tokens, cueLast + 2, sentenceLast);
            content = PhraseBefore(tokens, cueFirst - 1, sentenceFirst);
        }
        else if (SharesTheSentenceSubject(tokens, cueFirst, sentenceFirst))
        {
            content = cueLast + 1 <= sentenceLast ? (cueLast + 1, sentenceLast) : null;
            if (previous is { Source: { } speaker } && previous.Cue.Start >= tokens[sentenceFirst].Start)
                return new Candidate(new Attribution(speaker, cue, ContentSpan(text, tokens, content), null, previous.Anonymous, score), null, SourceDoubted: false);
            how = "shared";
            source = SentenceSubject(tokens, sentenceFirst, cueFirst);
        }
        else
        {
            // When no name or noun phrase ends right before the cue (a clause, a quotation), the sentence's subject is the best guess.
            how = "before";
            if (cueFirst > sentenceFirst && tokens[cueFirst - 1].Lower == "to")
                (source, how) = (ControllingSubject(tokens, cueFirst - 1, sentenceFirst), "controller");
            else if (cueFirst > sentenceFirst && NonFinalWords.Contains(tokens[cueFirst - 1].Lower))
                source = null;
            else if ((source = PhraseBefore(tokens, cueFirst - 1, sentenceFirst)) is null)
                (source, how) = (SentenceSubject(tokens, sentenceFirst, cueFirst), "subject");
            var contentFirst = cueLast + 1 < tokens.Count && tokens[cueLast + 1].Lower is "that" or ":" or "," ? cueLast + 2 : cueLast + 1;
            content = contentFirst <= sentenceLast ? (contentFirst, sentenceLast) : null;
        }

        var channel = cueWord is "told" or "tells" or "telling" && cueLast + 1 <= sentenceLast && tokens[cueLast + 1].Capitalised
            ? PhraseAfter(tokens, cueLast + 1, sentenceLast)
            : null;
        // A weak cue ("plans", "called") is trusted only with a clear speaker: a name or a personal pronoun.
        var agentNamed = IsPassiveWithAgent(tokens, cueLast, sentenceLast);
        var doubt = score < ConfidentCue && !agentNamed && source is { } weak && !NamesASpeaker(tokens, weak) ? "weak"
            : model.SeldomHasSource(LastHead(tokens, cueFirst, cueLast)) ? "seldom"
            : !agentNamed && IsPassive(tokens, cueFirst, sentenceFirst) ? "passive"
            : null;
        var sourceSpan = source is { } s ? TextSpan.Of(text, tokens[s.First].Start, tokens[s.Last].End) : null;
        var anonymous = sourceSpan is not null && IsAnonymous(tokens, source!.Value, sentenceLast);
        var attribution = new Attribution(
            sourceSpan,
            cue,
            ContentSpan(text, tokens, content),
            channel is { } ch ? TextSpan.Of(text, tokens[ch.First].Start, tokens[ch.Last].End) : null,
            anonymous,
            score);
        return new Candidate(attribution, source is { } named ? SourceFeatures(tokens, how, cueFirst, cueLast, named, score, doubt) : null, doubt is not null);
    }

    /// <summary>
    /// What <see cref="AttributionSourceModel"/> weighs about a named source: how it was found, the cue's head word, the
    /// cue's probability, the kind of word the source ends and begins with, its length, and where it stands from the cue.
    /// </summary>
    /// <param name="Doubt">Why the rules doubt the source: a weak cue without a clear speaker ("weak"), a cue that seldom has one ("seldom"), a passive cue ("passive").</param>
    private static string[] SourceFeatures(IReadOnlyList<WordToken> tokens, string how, int cueFirst, int cueLast, (int First, int Last) source, double score, string? Doubt)
    {
        var (sentenceFirst, sentenceLast) = SentenceAround(tokens, cueFirst);
        var quoted = false;
        for (var i = sentenceFirst; i <= sentenceLast && !quoted; i++)
            quoted = tokens[i].Lower is "“" or "”" or "\"";
        var rest = sentenceLast - Math.Max(cueLast, source.Last);
        var opening = Math.Min(cueFirst, source.First) - sentenceFirst;
        var head = LastHead(tokens, cueFirst, cueLast);
        var kind = SpeakerKind(tokens[source.Last]);
        var side = source.Last < cueFirst ? "before " + Math.Min(cueFirst - source.Last - 1, 4) : "after " + Math.Min(source.First - cueLast - 1, 4);
        return
        [
            "how " + how,
            "cue " + head,
            "how cue " + how + " " + head,
            "p " + (int)(score * 10),
            "kind " + kind,
            "how kind " + how + " " + kind,
            "first " + (Determiners.Contains(tokens[source.First].Lower) ? tokens[source.First].Lower : SpeakerKind(tokens[source.First])),
            "length " + Math.Min(source.Last - source.First + 1, 6),
            "side " + side,
            "doubt " + (Doubt ?? "none"),
            "doubt how " + (Doubt ?? "none") + " " + how,
            "next " + AttributionCueModel.NextClass(tokens, cueLast),
            "previous " + AttributionCueModel.PreviousClass(tokens, cueFirst),
            "quoted " + quoted,
            "how quoted " + how + " " + quoted,
            "rest " + (rest <= 0 ? 0 : rest < 4 ? 1 : rest < 12 ? 2 : 3),
            "opening " + (opening <= 0 ? 0 : opening < 4 ? 1 : opening < 12 ? 2 : 3),
        ];
    }

    /// <summary>An attribution found, the features of the source it names (none when it names none), and whether the finder's rules doubt that source.</summary>
    private readonly record struct Candidate(Attribution Attribution, string[]? SourceFeatures, bool SourceDoubted);

    /// <summary>The kind of word a source holds: the pronoun itself, a name, a speaker noun, a plural noun, or another word.</summary>
    private static string SpeakerKind(WordToken token) =>
        Pronouns.Contains(token.Lower) ? token.Lower
        : SpeakerNouns.Contains(token.Lower) ? "speaker"
        : token.Capitalised ? "Name"
        : IsPluralNoun(token) ? "plural"
        : "word";

    private static string LastHead(IReadOnlyList<WordToken> tokens, int cueFirst, int cueLast)
    {
        var last = cueLast;
        while (last > cueFirst && !IsHead(tokens[last]))
            last--;
        return tokens[last].Lower;
    }

    private static TextSpan? ContentSpan(string text, IReadOnlyList<WordToken> tokens, (int First, int Last)? content) =>
        content is { } c && TrimPunctuation(tokens, c) is { } trimmed ? TextSpan.Of(text, tokens[trimmed.First].Start, tokens[trimmed.Last].End) : null;

    /// <summary>A content span without the full stop or comma that ends its sentence or clause.</summary>
    private static (int First, int Last)? TrimPunctuation(IReadOnlyList<WordToken> tokens, (int First, int Last) span)
    {
        var last = span.Last;
        while (last >= span.First && tokens[last].Lower is "." or "," or ";" or ":" or "?" or "!")
            last--;
        return last >= span.First ? (span.First, last) : null;
    }

    /// <summary>"..., said the minister" and "“...,” says Nasrallah": the cue follows a comma or quotation and a subject follows it.</summary>
    private static bool InvertedOrder(IReadOnlyList<WordToken> tokens, int cueFirst, int cueLast, int sentenceFirst, int sentenceLast)
    {
        if (cueLast + 1 > sentenceLast)
            return false;
        var before = cueFirst > sentenceFirst ? tokens[cueFirst - 1].Lower : "^";
        var after = tokens[cueLast + 1];
        // "“...,” said Nasrallah" inverts; "“...,” adding that ..." goes on with the speaker's own clause.
        if (before is "”" or "\"" or "’" or "'" && after.IsWord)
            return after.Lower != "that" && !tokens[cueLast].Lower.EndsWith("ing", StringComparison.Ordinal);
        // ", said he." inverts; ", said he would" is a clause with its own subject.
        if (Pronouns.Contains(after.Lower) && cueLast + 2 <= sentenceLast && tokens[cueLast + 2].IsWord)
            return false;
        var followsPause = before is "," or "^";
        return followsPause && InvertingCues.Contains(tokens[cueLast].Lower) && (after.Capitalised || SubjectStarts.Contains(after.Lower)) && EndsAsAPhrase(tokens, cueLast + 1, sentenceLast);
    }

    /// <summary>
    /// ", said the spokesman." and ", said Ms. Vale, the mayor" name a speaker that ends at a punctuation mark;
    /// "Mr. Hale, the mayor, said Ms. Vale conveyed ..." goes on into a clause, so its subject stands before the cue.
    /// </summary>
    private static bool EndsAsAPhrase(IReadOnlyList<WordToken> tokens, int first, int sentenceLast)
    {
        for (var i = first; i <= sentenceLast; i++)
        {
            if (i - first >= MaximumSourceTokens + 2)
                return false;
            var token = tokens[i];
            if (!token.IsWord)
            {
                if (token.Lower == "." && i > first && Abbreviations.Contains(tokens[i - 1].Lower))
                    continue;
                return i > first && token.Lower is not ("“" or "\"" or "‘");
            }
            if (IsAuxiliary(token) || token.Lower is "that" or "to" || i > first && !token.Capitalised && token.Lower.EndsWith("ed", StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    private static (int First, int Last)? PhraseBefore(IReadOnlyList<WordToken> tokens, int last, int sentenceFirst)
    {
        while (last >= sentenceFirst && (IsAuxiliary(tokens[last]) || TimeWords.Contains(tokens[last].Lower) || IsAdverb(tokens[last])))
            last--;
        // "Rep. Ann Lowe (D-Ore.) said", "Mr. King, 82, told", "Luis Rubio, who heads the institute, said": the subject stands before the aside.
        if (last > sentenceFirst && tokens[last].Lower == ")")
        {
            while (last > sentenceFirst && tokens[last].Lower != "(")
                last--;
            last--;
        }
        else if (last > sentenceFirst && tokens[last].Lower == ",")
        {
            // Of the commas before the cue, the farthest one that closes a name or pronoun ends the subject; not one that
            // closes what the sentence opens with ("On Sunday, Hillary Clinton, the front-runner, called").
            var subjectEnd = -1;
            var opening = OpeningComma(tokens, sentenceFirst, last);
            for (var comma = last; comma > opening && comma > sentenceFirst && last - comma < 40; comma--)
            {
                if (tokens[comma].Lower == "," && (tokens[comma - 1].Capitalised || Pronouns.Contains(tokens[comma - 1].Lower)))
                    subjectEnd = comma - 1;
            }
            if (subjectEnd < 0)
                return null;
            last = subjectEnd;
        }
        if (last < sentenceFirst || !tokens[last].IsWord)
            return null;
        var first = last;
        // A spaced dash ends a dateline ("Feb 26 - The company said"), never a name.
        while (first - 1 >= sentenceFirst && last - first + 1 < MaximumSourceTokens
            && (tokens[first - 1].IsWord || tokens[first - 1].Lower is "’" or "'" || tokens[first - 1].Lower == "-" && tokens[first - 1].End == tokens[first].Start)
            && (!SourceBoundaries.Contains(tokens[first - 1].Lower) || QualifiesASpeaker(tokens, first - 1, sentenceFirst)))
            first--;
        // "Hawkins and others who want to ban abortion said": the speakers stand before the relative clause.
        var relative = first - 1;
        if (relative > sentenceFirst && tokens[relative].Lower == "who" && first < last)
        {
            var before = tokens[relative - 1].Lower == "," ? relative - 2 : relative - 1;
            if (before >= sentenceFirst && tokens[before].IsWord && !SourceBoundaries.Contains(tokens[before].Lower))
                return PhraseBefore(tokens, before, sentenceFirst);
        }
        return (first, last);
    }

    private const int MaximumVerbChain = 6;

    /// <summary>
    /// "He needs to persuade", "Sanders is choosing not to respond": the name or personal pronoun a few verbs before the
    /// "to" of a cue, whose subject the cue shares; none when a noun phrase or a clause boundary comes first ("the plan to").
    /// </summary>
    private static (int First, int Last)? ControllingSubject(IReadOnlyList<WordToken> tokens, int to, int sentenceFirst)
    {
        // "In addition to asking": a noun before "to" is no verb a subject governs.
        if (to - 1 < sentenceFirst || !Governs(tokens[to - 1]))
            return null;
        for (var i = to - 1; i >= sentenceFirst && to - i <= MaximumVerbChain; i--)
        {
            var token = tokens[i];
            if (IsPersonalSubject(token.Lower))
                return (i, i);
            if (token.Capitalised)
                return OpeningWords.Contains(token.Lower) || LeadingConjunctions.Contains(token.Lower) ? null : PhraseBefore(tokens, i, sentenceFirst);
            if (!token.IsWord || token.Lower is not "to" && (NonFinalWords.Contains(token.Lower) || SourceBoundaries.Contains(token.Lower) && !IsAuxiliary(token) && token.Lower is not ("not" or "also")))
                return null;
        }
        return null;
    }

    /// <summary>"needs to", "is trying to", "has yet to", "wants to": a verb, an auxiliary or "yet" right before the "to" of a cue.</summary>
    private static bool Governs(WordToken token) =>
        IsAuxiliary(token) || token.Lower is "yet" or "want" or "need" or "try" or "seek" or "hope" or "plan" or "seem" or "appear" or "able" or "likely"
        || !token.Capitalised && (token.Lower.EndsWith("ed", StringComparison.Ordinal) || token.Lower.EndsWith("ing", StringComparison.Ordinal) || IsThirdPerson(token.Lower));

    private static bool IsThirdPerson(string lower) => lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("ous", StringComparison.Ordinal);

    /// <summary>
    /// The comma that ends an opening phrase or word ("On Sunday,", "At the club,", "Moreover,"), by token index, when
    /// the sentence opens with one before <paramref name="last"/>; -1 when it does not.
    /// </summary>
    private static int OpeningComma(IReadOnlyList<WordToken> tokens, int sentenceFirst, int last)
    {
        var word = tokens[sentenceFirst].Lower;
        if (!OpeningWords.Contains(word) && !LeadingConjunctions.Contains(word))
            return -1;
        for (var i = sentenceFirst + 1; i < last; i++)
        {
            if (tokens[i].Lower == ",")
                return i;
        }
        return -1;
    }

    /// <summary>
    /// "sources in both groups", "officials from the ministry": a preposition right after a speaker noun belongs to its
    /// phrase; so does one after "familiar", "close" or "briefed" that follows a speaker ("people familiar with the
    /// matter", "a person briefed on the talks").
    /// </summary>
    private static bool QualifiesASpeaker(IReadOnlyList<WordToken> tokens, int preposition, int sentenceFirst) =>
        (tokens[preposition].Lower is "in" or "from" or "at" or "with" && preposition - 1 >= sentenceFirst && AnonymousMarkers.Contains(tokens[preposition - 1].Lower))
        || (tokens[preposition].Lower is "with" or "to" or "on" && preposition - 2 >= sentenceFirst && KnowsOf(tokens[preposition - 1])
            && (AnonymousMarkers.Contains(tokens[preposition - 2].Lower) || tokens[preposition - 2].Lower is "people" or "person"));

    private static bool KnowsOf(WordToken token) => token.Lower is "familiar" or "close" or "briefed";

    /// <summary>"When asked about the plan, ..." and "she was accused of": the subject is spoken to or about, not speaking.</summary>
    private static bool IsPassive(IReadOnlyList<WordToken> tokens, int cueFirst, int sentenceFirst)
    {
        if (!tokens[cueFirst].Lower.EndsWith("ed", StringComparison.Ordinal))
            return false;
        var before = cueFirst - 1;
        while (before >= sentenceFirst && IsAdverb(tokens[before]))
            before--;
        return before >= sentenceFirst && tokens[before].Lower is "was" or "were" or "been" or "being" or "is" or "are" or "be" or "when" or "if" or "once";
    }

    private static bool IsPassiveWithAgent(IReadOnlyList<WordToken> tokens, int cueLast, int sentenceLast) =>
        cueLast + 2 <= sentenceLast && tokens[cueLast + 1].Lower == "by" && tokens[cueLast + 2].IsWord
        && tokens[cueLast].Lower.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"..., saying that ..." and "... and said ...": the cue's subject is the one the sentence began with.</summary>
    private static bool SharesTheSentenceSubject(IReadOnlyList<WordToken> tokens, int cueFirst, int sentenceFirst)
    {
        var before = cueFirst - 1;
        while (before > sentenceFirst && (IsAuxiliary(tokens[before]) || IsAdverb(tokens[before])))
            before--;
        if (before <= sentenceFirst)
            return false;
        // ",” adding": a quotation closed after its comma is a pause too.
        if (tokens[before].Lower is "”" or "\"" && before - 1 > sentenceFirst && tokens[before - 1].Lower == ",")
            before--;
        return tokens[before].Lower is "and" or "but"
            || tokens[before].Lower is "," or "by" or "after" or "before" or "while" or "without" && tokens[cueFirst].Lower.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>
    /// The noun phrase a sentence opens with, after a leading conjunction or an opening clause ("In a memo on Tuesday,"):
    /// a name, or a determiner and the words up to the first that looks like a verb.
    /// </summary>
    private static (int First, int Last)? SentenceSubject(IReadOnlyList<WordToken> tokens, int sentenceFirst, int cueFirst)
    {
        var first = sentenceFirst;
        while (first < cueFirst && (!tokens[first].IsWord || LeadingConjunctions.Contains(tokens[first].Lower)))
            first++;
        // "PARIS, Aug 31 (Reuters) - France's ...": a dateline ends at a spaced dash.
        for (var i = first + 1; i < Math.Min(cueFirst, first + MaximumSourceTokens + 4); i++)
        {
            if (tokens[i].Lower is "-" or "–" or "—" && tokens[i].Start > tokens[i - 1].End)
            {
                first = i + 1;
                break;
            }
        }
        // "Rallying hundreds of workers, Hillary Clinton tried ...": an opening participle clause runs to its comma.
        if (first < cueFirst && (OpeningWords.Contains(tokens[first].Lower) || !tokens[first].Capitalised || tokens[first].Lower.EndsWith("ing", StringComparison.Ordinal)))
        {
            while (first < cueFirst && tokens[first].Lower != ",")
                first++;
            first++;
        }
        if (first >= cueFirst || !tokens[first].IsWord || SourceBoundaries.Contains(tokens[first].Lower))
            return null;
        var last = first;
        while (last + 1 < cueFirst && last - first + 1 < MaximumSourceTokens && IsSubjectContinuation(tokens[last + 1]))
            last++;
        return (first, last);
    }

    private static bool IsSubjectContinuation(WordToken token) =>
        token.Capitalised || token.Lower is "." or "’s" or "'s" or "-"
        || token.IsWord && !SourceBoundaries.Contains(token.Lower) && !IsAuxiliary(token) && !IsAdverb(token)
            && !token.Lower.EndsWith("ed", StringComparison.Ordinal) && !token.Lower.EndsWith('s');

    private static bool NamesASpeaker(IReadOnlyList<WordToken> tokens, (int First, int Last) phrase)
    {
        for (var i = phrase.First; i <= phrase.Last; i++)
        {
            if (tokens[i].Capitalised || Pronouns.Contains(tokens[i].Lower) || SpeakerNouns.Contains(tokens[i].Lower) || IsPluralNoun(tokens[i]))
                return true;
        }
        return false;
    }

    private static (int First, int Last)? PhraseAfter(IReadOnlyList<WordToken> tokens, int first, int sentenceLast)
    {
        if (first > sentenceLast || !tokens[first].IsWord)
            return null;
        var last = first;
        while (last + 1 <= sentenceLast && last - first + 1 < MaximumSourceTokens && tokens[last + 1].IsWord
            && (!SourceBoundaries.Contains(tokens[last + 1].Lower) || JoinsNames(tokens, last + 1, sentenceLast)))
            last++;
        return (first, last);
    }

    /// <summary>"sources from Hamas and Islamic Jihad", "the Hamas and Islamic Jihad sources": a joining word before a name keeps the phrase going.</summary>
    private static bool JoinsNames(IReadOnlyList<WordToken> tokens, int joiner, int sentenceLast) =>
        tokens[joiner].Lower is "and" or "from" or "of" or "close" or "to" && joiner + 1 <= sentenceLast
        && (tokens[joiner + 1].Capitalised || tokens[joiner + 1].Lower is "the" or "to" && joiner + 2 <= sentenceLast && tokens[joiner + 2].Capitalised);

    private static int ClauseEndBefore(IReadOnlyList<WordToken> tokens, int cueFirst)
    {
        var last = cueFirst - 1;
        while (last > 0 && !tokens[last].IsWord && tokens[last].Lower is "," or "”" or "\"" or "’")
            last--;
        return last;
    }

    private static bool IsAnonymous(IReadOnlyList<WordToken> tokens, (int First, int Last) source, int sentenceLast)
    {
        // "sources from Hamas", "a source close to Hizbullah": a source is unnamed whatever group it speaks for.
        for (var i = source.First; i <= source.Last; i++)
        {
            if (tokens[i].Lower is "source" or "sources" || KnowsOf(tokens[i]) && i > source.First)
                return true;
        }
        for (var i = source.First; i <= source.Last; i++)
        {
            if (tokens[i].Capitalised && i > source.First && !AnonymousMarkers.Contains(tokens[i].Lower))
                return false;
        }
        var window = Math.Min(sentenceLast, source.Last + 12);
        for (var i = source.First; i <= window; i++)
        {
            if (tokens[i].Lower is "anonymity" or "unnamed" || AnonymousMarkers.Contains(tokens[i].Lower) && i <= source.Last)
                return true;
        }
        return false;
    }

    /// <summary>The tokens of the sentence holding a token: up to a full stop, question or exclamation mark, or a blank line.</summary>
    private static (int First, int Last) SentenceAround(IReadOnlyList<WordToken> tokens, int index)
    {
        var first = index;
        while (first > 0 && !EndsSentence(tokens, first - 1))
            first--;
        var last = index;
        while (last + 1 < tokens.Count && !EndsSentence(tokens, last))
            last++;
        return (first, last);
    }

    private static bool EndsSentence(IReadOnlyList<WordToken> tokens, int index)
    {
        if (tokens[index].Lower is not ("." or "?" or "!"))
            return false;
        if (tokens[index].Lower == "." && index > 0 && tokens[index - 1].End == tokens[index].Start && Abbreviations.Contains(tokens[index - 1].Lower))
            return false;
        var next = index + 1;
        while (next < tokens.Count && tokens[next].Lower is "\"" or "”" or "’" or "'")
            next++;
        return next >= tokens.Count || tokens[next].Capitalised || tokens[next].Lower is "\"" or "“" or "‘";
    }
}
