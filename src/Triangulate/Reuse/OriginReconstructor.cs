using Triangulate.Facts;

namespace Triangulate.Reuse;

/// <summary>
/// Rebuilds a credited agency's wire from its copies: sentences aligned across two or more articles are the wire's,
/// each told in the words of the anchor (the agency's own text when the corpus has it, else the copy that most others
/// carry word for word, then the one that carries most of the shared sentences), ordered as the anchor orders them. The anchor contributes every sentence when it is the
/// agency's text, the only copy, or a word-for-word copy of another article.
/// </summary>
public static class OriginReconstructor
{
    public static (Origin Origin, ArticleSentences Text) Reconstruct(string agency, IReadOnlyList<GroupMember> members, IReadOnlyList<TextReuse> pairs)
    {
        var index = members.Select((member, i) => (member.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var sentences = new UnionFind<(int Member, int Sentence)>(
            members.SelectMany((member, i) => Enumerable.Range(0, member.Text.Sentences.Count).Select(s => (i, s))));
        // An exact copy of another article is no second witness of the wire: what only it and its original share may
        // be that original's own edits.
        var witnesses = new UnionFind<int>(Enumerable.Range(0, members.Count));
        foreach (var pair in pairs.Where(IsExactCopy))
            witnesses.Union(index[pair.Source], index[pair.Copy]);
        var verbatim = new int[members.Count];
        foreach (var pair in pairs)
        {
            var source = index[pair.Source];
            var copy = index[pair.Copy];
            var independent = witnesses.Find(source) != witnesses.Find(copy);
            foreach (var alignment in pair.Alignments)
            {
                sentences.Union((source, alignment.Source), (copy, alignment.Sentence));
                if (alignment.Kind == AlignmentKind.Verbatim && independent)
                {
                    verbatim[source]++;
                    verbatim[copy]++;
                }
            }
        }

        var clusters = sentences.Groups().Where(c => c.Select(node => witnesses.Find(node.Member)).Distinct().Count() >= 2).ToList();
        var own = members.Select((member, i) => (member, i)).Where(x => x.member.IsBy(agency)).Select(x => (int?)x.i).FirstOrDefault();
        var anchor = own ?? Enumerable.Range(0, members.Count)
            .OrderByDescending(i => verbatim[i])
            .ThenByDescending(i => clusters.Count(c => c.Any(node => node.Member == i)))
            .ThenBy(i => members[i].Id, StringComparer.Ordinal)
            .First();
        if (own is not null || members.Count == 1 || IsVerbatimCopy(anchor, index, pairs))
            clusters = sentences.Groups().Where(c => c.Select(node => witnesses.Find(node.Member)).Distinct().Count() >= 2 || c.Any(node => node.Member == anchor)).ToList();

        var anchorIndexOf = new Dictionary<(int Member, int Sentence), int>();
        foreach (var cluster in clusters)
        {
            if (cluster.Where(node => node.Member == anchor).Select(node => (int?)node.Sentence).Min() is { } anchorSentence)
            {
                foreach (var node in cluster)
                    anchorIndexOf[node] = anchorSentence;
            }
        }
        var chosen = new List<(double Position, int Member, int Sentence)>();
        var wordings = own is null ? WireWording.Choose(clusters, members, witnesses) : clusters.Select(c => c.ToList()).ToList();
        foreach (var wording in wordings)
        {
            var (member, sentence) = wording.Where(node => node.Member == anchor).OrderBy(node => node.Sentence).FirstOrDefault(
                wording.OrderByDescending(node => verbatim[node.Member]).ThenBy(node => node.Member).ThenBy(node => node.Sentence).First());
            chosen.Add((Position(member, sentence, anchorIndexOf), member, sentence));
        }
        chosen.Sort((a, b) => (a.Position, a.Member, a.Sentence).CompareTo((b.Position, b.Member, b.Sentence)));

        var text = new ArticleSentences(
            "origin:" + agency,
            chosen.Select(c => members[c.Member].Text.Sentences[c.Sentence]).ToList(),
            chosen.Select(c => members[c.Member].Text.Keys[c.Sentence]).ToList());
        var credited = members.Count(m => m.Credits(agency));
        List<string> evidence = [$"credited by {credited} of {members.Count} articles"];
        if (own is { } ownIndex)
            evidence.Add($"{members[ownIndex].Label} is {agency}'s own text");
        else
            evidence.Add($"reconstructed from {chosen.Count} sentences its copies share");
        var origin = new Origin(agency, own is { } o ? members[o].Id : null, text.Sentences.Select(s => s.Text).ToList(), own is null, evidence);
        return (origin, text);
    }

    /// <summary>
    /// Where a sentence goes in the wire: at its anchor sentence's place, or just after the anchor sentence that
    /// precedes it in its own article (before the first, when none does).
    /// </summary>
    private static double Position(int member, int sentence, Dictionary<(int Member, int Sentence), int> anchorIndexOf)
    {
        if (anchorIndexOf.TryGetValue((member, sentence), out var own))
            return own;
        for (var previous = sentence - 1; previous >= 0; previous--)
        {
            if (anchorIndexOf.TryGetValue((member, previous), out var before))
                return before + 0.01 * (sentence - previous);
        }
        return -1 + 0.01 * sentence;
    }

    private static bool IsExactCopy(TextReuse pair) =>
        pair.ShareOfSource == 1 && pair.ShareOfCopy == 1 && pair.Count(AlignmentKind.Verbatim) == pair.Alignments.Count;

    /// <summary>True when the anchor is a word-for-word copy of another article: its sentences no other copy kept are then the wire's too.</summary>
    private static bool IsVerbatimCopy(int anchor, Dictionary<string, int> index, IReadOnlyList<TextReuse> pairs) =>
        pairs.Any(pair => (index[pair.Source] == anchor || index[pair.Copy] == anchor)
            && pair.Alignments.Count >= 2 && pair.Count(AlignmentKind.Verbatim) >= DerivationClassifier.Whole * pair.Alignments.Count);
}
