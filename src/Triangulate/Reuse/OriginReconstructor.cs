using Triangulate.Facts;

namespace Triangulate.Reuse;

/// <summary>
/// Rebuilds a credited agency's wire from its copies: sentences aligned across two or more articles are the wire's,
/// each told in the words of the anchor (the agency's own text when the corpus has it, else the copy that most others
/// carry word for word, then the one that carries most of the shared sentences), ordered as the anchor orders them. The anchor contributes every sentence when it is the
/// agency's text or a word-for-word copy of another article.
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
        if (own is not null || IsVerbatimCopy(anchor, index, pairs))
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
        foreach (var cluster in clusters)
        {
            var wording = own is null ? MostCarried(cluster, members, witnesses) : cluster.ToList();
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
    /// The versions of one wire sentence worded as most independent copies word it. Each outlet edits its own copy (a
    /// qualifier added, a word cut from a quotation), so the wording most copies share is the wire's; the anchor's
    /// edits would otherwise pass for the wire and show up as changes in every other copy.
    /// </summary>
    /// <remarks>
    /// Between versions that as many copies carry, the one closest in words to all the others (paraphrased copies
    /// keep the wire's quotations and figures) is the wire's: an edit that added or cut a word puts its version apart.
    /// </remarks>
    private static List<(int Member, int Sentence)> MostCarried(
        IEnumerable<(int Member, int Sentence)> cluster, IReadOnlyList<GroupMember> members, UnionFind<int> witnesses)
    {
        var versions = cluster.GroupBy(node => members[node.Member].Text.Keys[node.Sentence].WordsHash)
            .Select(version => (Nodes: version.ToList(), Witnesses: version.Select(node => witnesses.Find(node.Member)).Distinct().Count()))
            .ToList();
        var tied = versions.Where(v => v.Witnesses == versions.Max(w => w.Witnesses)).ToList();
        if (tied.Count == 1)
            return tied[0].Nodes;
        var words = versions.Select(v => Words(members[v.Nodes[0].Member].Text.Sentences[v.Nodes[0].Sentence])).ToList();
        var closeness = tied.Select(v => versions.Select((other, k) => (other, k)).Where(o => o.other.Nodes != v.Nodes)
            .Sum(o => o.other.Witnesses * Similarity(words[versions.IndexOf(v)], words[o.k]))).ToList();
        return tied.Where((_, i) => closeness[i] >= closeness.Max() - 1e-9).SelectMany(v => v.Nodes).ToList();
    }

    private static List<string> Words(Text.TextProfile sentence) =>
        sentence.Forms.Where((_, i) => sentence.Tokens[i].Kind is not (Text.TokenKind.Punctuation or Text.TokenKind.Quote)).ToList();

    /// <summary>Dice similarity of two word multisets.</summary>
    private static double Similarity(List<string> first, List<string> second)
    {
        var counts = first.CountBy(w => w).ToDictionary(p => p.Key, p => p.Value);
        var shared = 0;
        foreach (var word in second)
        {
            if (counts.TryGetValue(word, out var left) && left > 0)
            {
                counts[word] = left - 1;
                shared++;
            }
        }
        return first.Count + second.Count == 0 ? 0 : 2.0 * shared / (first.Count + second.Count);
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
