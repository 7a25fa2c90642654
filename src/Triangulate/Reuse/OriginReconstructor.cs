using Triangulate.Facts;

namespace Triangulate.Reuse;

/// <summary>
/// Rebuilds a credited agency's wire from its copies. The agency's own text, when the corpus has it, is the wire as it
/// stands. Else the wire is the sentences aligned across two or more independent articles, each told in the words of
/// the wire (<see cref="WireWording"/>), with every sentence of the anchor, ordered as the anchor orders them. The
/// anchor is the copy that left out fewest sentences between those it shares with others, then the one with most
/// sentences that other copies carry word for word, then the one that carries most of the shared sentences, then the
/// longest: outlets cut wire stories from the bottom, so the fullest faithful copy holds the sentences its shorter
/// rivals dropped.
/// </summary>
public static class OriginReconstructor
{
    public static (Origin Origin, ArticleSentences Text) Reconstruct(string agency, IReadOnlyList<GroupMember> members, IReadOnlyList<TextReuse> pairs)
    {
        var credited = members.Count(m => m.Credits(agency));
        if (members.FirstOrDefault(m => m.IsBy(agency)) is { } own)
        {
            return (new Origin(agency, own.Id, own.Text.Sentences.Select(s => s.Text).ToList(), false,
                [$"credited by {credited} of {members.Count} articles", $"{own.Label} is {agency}'s own text"]), own.Text);
        }
        var index = members.Select((member, i) => (member.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var sentences = new UnionFind<(int Member, int Sentence)>(
            members.SelectMany((member, i) => Enumerable.Range(0, member.Text.Sentences.Count).Select(s => (i, s))));
        // An exact copy of another article is no second witness of the wire: what only it and its original share may
        // be that original's own edits.
        var witnesses = new UnionFind<int>(Enumerable.Range(0, members.Count));
        foreach (var pair in pairs.Where(IsExactCopy))
            witnesses.Union(index[pair.Source], index[pair.Copy]);
        // Per article, its sentences that an independent article carries word for word, each once for every group of
        // exact copies that carries it (two exact copies are one witness); and, to break ties, once for every article.
        var verbatim = new int[members.Count];
        var byArticle = new int[members.Count];
        var carried = new HashSet<(int Member, int Sentence, int Witness)>();
        var gaps = new int[members.Count];
        foreach (var pair in pairs)
        {
            var source = index[pair.Source];
            var copy = index[pair.Copy];
            var independent = witnesses.Find(source) != witnesses.Find(copy);
            if (independent)
            {
                gaps[source] += InteriorGaps(pair.Alignments.Select(a => a.Sentence));
                gaps[copy] += InteriorGaps(pair.Alignments.Select(a => a.Source));
            }
            foreach (var alignment in pair.Alignments)
            {
                sentences.Union((source, alignment.Source), (copy, alignment.Sentence));
                if (alignment.Kind == AlignmentKind.Verbatim && independent)
                {
                    byArticle[source]++;
                    byArticle[copy]++;
                    if (carried.Add((source, alignment.Source, witnesses.Find(copy))))
                        verbatim[source]++;
                    if (carried.Add((copy, alignment.Sentence, witnesses.Find(source))))
                        verbatim[copy]++;
                }
            }
        }

        var groups = sentences.Groups()
            .Select(nodes => (Nodes: nodes, Witnessed: nodes.Select(node => witnesses.Find(node.Member)).Distinct().Count() >= 2))
            .ToList();
        var shared = groups.Where(g => g.Witnessed).Select(g => g.Nodes).ToList();
        var anchor = Enumerable.Range(0, members.Count)
            .OrderBy(i => gaps[i])
            .ThenByDescending(i => verbatim[i])
            .ThenByDescending(i => byArticle[i])
            .ThenByDescending(i => shared.Count(c => c.Any(node => node.Member == i)))
            .ThenByDescending(i => members[i].Text.Sentences.Count)
            .ThenBy(i => members[i].Id, StringComparer.Ordinal)
            .First();
        anchor = Fullest(anchor, members, index, pairs);
        var clusters = groups.Where(g => g.Witnessed || g.Nodes.Any(node => node.Member == anchor)).Select(g => g.Nodes).ToList();

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
        var wordings = WireWording.Choose(clusters, members, witnesses);
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
        List<string> evidence = [$"credited by {credited} of {members.Count} articles", $"reconstructed from {chosen.Count} sentences its copies share"];
        var origin = new Origin(agency, null, text.Sentences.Select(s => s.Text).ToList(), true, evidence);
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

    /// <summary>
    /// A copy that carries every sentence of the anchor word for word, and more, is a fuller copy of the same text: it
    /// anchors the wire instead, with the sentences the anchor's outlet cut from the bottom.
    /// </summary>
    private static int Fullest(int anchor, IReadOnlyList<GroupMember> members, Dictionary<string, int> index, IReadOnlyList<TextReuse> pairs)
    {
        while (pairs.Where(pair => pair.Alignments.Count > 0 && pair.Count(AlignmentKind.Verbatim) == pair.Alignments.Count)
                   .Select(pair => index[pair.Source] == anchor && pair.ShareOfSource == 1 ? index[pair.Copy]
                       : index[pair.Copy] == anchor && pair.ShareOfCopy == 1 ? index[pair.Source] : -1)
                   .Where(other => other >= 0 && members[other].Text.Sentences.Count > members[anchor].Text.Sentences.Count)
                   .OrderByDescending(other => members[other].Text.Sentences.Count)
                   .FirstOrDefault(-1) is var fuller and >= 0)
            anchor = fuller;
        return anchor;
    }

    /// <summary>
    /// How many sentences of one article the other lacks between two sentences they share: an outlet cuts a wire from
    /// the bottom when it trims it, so a sentence missing in the middle is one that copy left out, and a copy that left
    /// sentences out is a poor anchor (what it adds at its end is as likely its own).
    /// </summary>
    private static int InteriorGaps(IEnumerable<int> shared)
    {
        var sentences = shared.Order().ToList();
        return sentences.Count < 2 ? 0 : sentences[^1] - sentences[0] + 1 - sentences.Count;
    }

    private static bool IsExactCopy(TextReuse pair) =>
        pair.ShareOfSource == 1 && pair.ShareOfCopy == 1 && pair.Count(AlignmentKind.Verbatim) == pair.Alignments.Count;
}
