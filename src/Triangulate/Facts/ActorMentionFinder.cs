namespace Triangulate.Facts;

/// <summary>
/// Finds actor names in a text from capitalisation, titles ("Prime Minister", "leader"), organisation words
/// ("Ministry", "Front", "Corps"), acronyms, the gazetteer, possessive descriptors ("Yemen's Iran-backed Houthis") and
/// the aliases the text declares ("... of Palestine (PFLP)", "Ansar Allah (the Huthis)"), and the lower-case bodies of
/// a place ("the territory's health ministry", see <see cref="PlaceBodyFinder"/>).
/// </summary>
public static class ActorMentionFinder
{
    private const int MaximumNameTokens = 10;

    public static ActorFindings Find(string text, Gazetteer? gazetteer = null)
    {
        gazetteer ??= Gazetteer.Default;
        var tokens = WordTokens.Of(text);
        var lowercaseWords = new HashSet<string>(tokens.Where(t => t.IsWord && !t.Capitalised).Select(t => t.Lower));
        var titleCase = new TitleCaseLines(text);
        var namesInRunningText = new HashSet<string>(tokens.Where((t, i) => t.Capitalised && i > 0 && tokens[i - 1].IsWord && !titleCase.Holds(t.Start)).Select(t => t.Lower));
        var mentions = new List<ActorMention>();
        var links = new List<AliasLink>();
        var descriptorStart = -1;

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNameWord(text, tokens[i]) || IsCommonSentenceStart(text, tokens, i, lowercaseWords) || InHeadlineCase(tokens[i], namesInRunningText, titleCase))
            {
                descriptorStart = tokens[i].IsWord && !IsDescriptorWord(tokens[i]) ? -1 : descriptorStart;
                continue;
            }
            if (IsDescriptorWord(tokens[i]) || IsPairing(tokens[i], gazetteer))
            {
                descriptorStart = descriptorStart < 0 ? i : descriptorStart;
                continue;
            }

            var first = i;
            var last = ExtendName(text, tokens, i, namesInRunningText, titleCase);
            if (PlaceBeforePersonalName(tokens, first, last, gazetteer))
                last = first;
            var titleEnd = TitleEnd(tokens, first, last);
            var nameFirst = titleEnd + 1;
            if (nameFirst > last)
            {
                i = last;
                continue;
            }
            // "BEIRUT -- Senior officials": a word that opens sentences names no one, wherever the dateline leaves it.
            if (ActorLexicon.OperationWords.Contains(tokens[nameFirst].Lower) && nameFirst < last
                || nameFirst == last && ActorLexicon.SentenceWords.Contains(tokens[nameFirst].Lower))
            {
                i = last;
                continue;
            }
            var possessive = EndsPossessive(tokens[last]);
            var nameText = text[tokens[nameFirst].Start..NameEnd(text, tokens[last], possessive)];
            var descriptor = descriptorStart >= 0 ? text[tokens[descriptorStart].Start..tokens[first].Start].Trim() : null;
            var (type, rule) = Classify(text, tokens, nameFirst, last, nameText, titleEnd >= first || LowercaseTitleBefore(tokens, first), gazetteer);
            var mention = new ActorMention(tokens[nameFirst].Start, tokens[nameFirst].Start + nameText.Length, nameText, type, rule, descriptor);
            mentions.Add(mention);

            if (DeclaredAlias(text, tokens, last) is { } alias)
                links.Add(new AliasLink(mention.Text, alias.Text, alias.Reason));

            descriptorStart = possessive ? first : -1;
            i = last;
        }
        mentions.AddRange(PlaceBodyFinder.Find(text, tokens, gazetteer));
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ActorFindings(mentions, links);
    }

    private static bool IsNameWord(string text, WordToken token) =>
        token.IsWord && (token.Capitalised || IsArabicArticleName(text, token)) && !ActorLexicon.CalendarWords.Contains(token.Lower);

    /// <summary>"al-Houthi", "el-Sisi": a lower-case article joined to a capitalised name.</summary>
    private static bool IsArabicArticleName(string text, WordToken token) =>
        token.End - token.Start > 3 && (token.Lower.StartsWith("al-", StringComparison.Ordinal) || token.Lower.StartsWith("el-", StringComparison.Ordinal))
        && char.IsUpper(text[token.Start + 3]);

    /// <summary>"Iran-backed", "Pro-Hizbullah": words that describe an actor rather than name one.</summary>
    private static bool IsDescriptorWord(WordToken token)
    {
        var word = token.Lower;
        if (word.StartsWith("pro-", StringComparison.Ordinal) || word.StartsWith("anti-", StringComparison.Ordinal))
            return true;
        if (!word.Contains('-', StringComparison.Ordinal))
            return false;
        foreach (var suffix in ActorLexicon.DescriptorSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>"Israel-Hamas" (war), "Lebanon-Israel" (border): two places or parties joined, describing what follows.</summary>
    private static bool IsPairing(WordToken token, Gazetteer gazetteer)
    {
        var parts = token.Lower.Split('-');
        return parts.Length == 2 && parts[0] != "al" && (gazetteer.Find(parts[0]) is not null || gazetteer.Find(parts[1]) is not null);
    }

    /// <summary>A capitalised word that only starts a sentence or line: one of the common sentence openers, or a word the text also uses in lower case.</summary>
    private static bool IsCommonSentenceStart(string text, IReadOnlyList<WordToken> tokens, int index, HashSet<string> lowercaseWords)
    {
        var atSentenceStart = index == 0 || tokens[index - 1].Lower is "." or "!" or "?" or "\"" or "“" or ":" or "|"
            || !SameLine(text, tokens[index - 1], tokens[index]);
        return atSentenceStart && (ActorLexicon.SentenceWords.Contains(tokens[index].Lower) || lowercaseWords.Contains(tokens[index].Lower));
    }

    private static int ExtendName(string text, IReadOnlyList<WordToken> tokens, int first, HashSet<string> namesInRunningText, TitleCaseLines titleCase)
    {
        var last = first;
        while (last - first < MaximumNameTokens && !EndsPossessive(tokens[last]))
        {
            if (last + 1 < tokens.Count && IsNameWord(text, tokens[last + 1]) && !IsDescriptorWord(tokens[last + 1]) && SameLine(text, tokens[last], tokens[last + 1])
                && (!ActorLexicon.Connectors.Contains(tokens[last + 1].Lower) || ActorLexicon.NameParticles.Contains(tokens[last + 1].Lower))
                && !InHeadlineCase(tokens[last + 1], namesInRunningText, titleCase))
            {
                last++;
                continue;
            }
            var connectors = 0;
            while (last + connectors + 1 < tokens.Count && connectors < 2 && ActorLexicon.Connectors.Contains(tokens[last + connectors + 1].Lower) && !tokens[last + connectors + 1].Capitalised)
                connectors++;
            if (connectors > 0 && last + connectors + 1 < tokens.Count && IsNameWord(text, tokens[last + connectors + 1]) && !IsDescriptorWord(tokens[last + connectors + 1]))
            {
                last += connectors + 1;
                continue;
            }
            break;
        }
        return last;
    }

    /// <summary>In a Headline In Title Case, only words the running text also capitalises (or the gazetteer knows) are names.</summary>
    private static bool InHeadlineCase(WordToken token, HashSet<string> namesInRunningText, TitleCaseLines titleCase) =>
        !namesInRunningText.Contains(token.Lower) && Gazetteer.Default.Find(token.Lower) is null && titleCase.Holds(token.Start);

    /// <summary>"envoy for Iran Abram Paley": a place name run into a personal name, with no organisation word to join them.</summary>
    private static bool PlaceBeforePersonalName(IReadOnlyList<WordToken> tokens, int first, int last, Gazetteer gazetteer)
    {
        if (last - first < 2 || gazetteer.Find(tokens[first].Lower) is not { Kind: "country" or "city" })
            return false;
        if (gazetteer.Find(tokens[first].Lower + " " + tokens[first + 1].Lower) is not null)
            return false;
        for (var i = first + 1; i <= last; i++)
        {
            if (ActorLexicon.OrganisationWords.Contains(tokens[i].Lower) || ActorLexicon.ArmedGroupWords.Contains(tokens[i].Lower) || ActorLexicon.Titles.Contains(tokens[i].Lower))
                return false;
        }
        return true;
    }

    private static bool SameLine(string text, WordToken a, WordToken b) => text.AsSpan(a.End, b.Start - a.End).IndexOfAny('\n', '\r') < 0;

    /// <summary>The last token of a leading title ("Prime Minister", "Gen."), or first - 1 when there is none.</summary>
    /// <summary>
    /// The last token of a leading title ("Prime Minister", "Interior Minister", "Gen.", "US Secretary of Defense"),
    /// or first - 1 when there is none: the last title word that still leaves a name after it.
    /// </summary>
    private static int TitleEnd(IReadOnlyList<WordToken> tokens, int first, int last)
    {
        var end = first - 1;
        for (var i = first; i < last; i++)
        {
            if (!ActorLexicon.Titles.Contains(tokens[i].Lower))
                continue;
            end = i;
            if (i + 2 < last && tokens[i + 1].Lower is "of" or "for")
                end = i + 2;
        }
        return end;
    }

    private static bool LowercaseTitleBefore(IReadOnlyList<WordToken> tokens, int first) =>
        first > 0 && !tokens[first - 1].Capitalised && ActorLexicon.Titles.Contains(tokens[first - 1].Lower);

    private static bool EndsPossessive(WordToken token) =>
        token.Lower.EndsWith("'s", StringComparison.Ordinal) || token.Lower.EndsWith("’s", StringComparison.Ordinal);

    private static int NameEnd(string text, WordToken last, bool possessive) => possessive ? last.End - 2 : last.End;

    private static (ActorType Type, string Rule) Classify(
        string text, IReadOnlyList<WordToken> tokens, int first, int last, string name, bool titled, Gazetteer gazetteer)
    {
        if (ActorLexicon.GovernmentNames.Contains(name))
            return (ActorType.GovernmentBody, "government name");
        if (ActorLexicon.KnownArmedGroups.Contains(name))
            return (ActorType.ArmedGroup, "known armed group");
        if (gazetteer.Find(name) is { } place)
            return place.Kind == "demonym" ? (ActorType.Place, "demonym of " + place.Country) : (ActorType.Place, "gazetteer " + place.Kind);
        if (AnyIn(tokens, first, last, ActorLexicon.ArmedGroupWords))
            return (ActorType.ArmedGroup, "armed-group word");
        if (AnyIn(tokens, first, last, ActorLexicon.OrganisationWords))
            return (ActorType.Organisation, "organisation word");
        if (titled)
            return (ActorType.Person, "title");
        if (first == last && name.Length >= 2 && name.All(c => char.IsUpper(c) || c == '.'))
            return (ActorType.Organisation, "acronym");
        if (last > first && last - first < 4 && gazetteer.Find(text.AsSpan(tokens[first].Start, tokens[first].End - tokens[first].Start)) is null)
            return (ActorType.Person, "personal name");
        return (ActorType.Unknown, "capitalised name");
    }

    private static bool AnyIn(IReadOnlyList<WordToken> tokens, int first, int last, IReadOnlySet<string> words)
    {
        for (var i = first; i <= last; i++)
        {
            if (words.Contains(tokens[i].Lower))
                return true;
        }
        return false;
    }

    /// <summary>"(PFLP)" or "(the Huthis)" right after a name.</summary>
    private static (string Text, string Reason)? DeclaredAlias(string text, IReadOnlyList<WordToken> tokens, int last)
    {
        if (last + 2 >= tokens.Count || tokens[last + 1].Lower != "(")
            return null;
        var close = last + 2;
        while (close < tokens.Count && tokens[close].Lower != ")" && close - last < 8)
            close++;
        if (close >= tokens.Count || tokens[close].Lower != ")")
            return null;
        var first = tokens[last + 2].Lower == "the" ? last + 3 : last + 2;
        if (first >= close || !tokens[first].Capitalised || Enumerable.Range(first, close - first).Any(i => ActorLexicon.CalendarWords.Contains(tokens[i].Lower) || char.IsDigit(tokens[i].Lower[0])))
            return null;
        var alias = text[tokens[first].Start..tokens[close - 1].End];
        var isAcronym = alias.All(c => char.IsUpper(c) || c == '-');
        return (alias, isAcronym ? "acronym declared in the text" : "apposition in the text");
    }
}
