using Triangulate.Facts;

namespace Triangulate.Reuse;

/// <summary>
/// Rebuilds a credited agency's wire from its copies: sentences aligned across two or more articles are the wire's,
/// each told in the words of the copy closest to the wire (the agency's own text when the corpus has it, else the
/// article with the most verbatim sentences), ordered as that copy orders them. The agency's own article, when
/// present, contributes every sentence.
/// </summary>
public static class OriginReconstructor
{
    public static (Origin Origin, ArticleSentences Text) Reconstruct(string agency, IReadOnlyList<GroupMember> members, IReadOnlyList<TextReuse> pairs)
    {
        var index = members.Select((member, i) => (member.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var sentences = new UnionFind<(int Member, int Sentence)>(
            members.SelectMany((member, i) => Enumerable.Range(0, member.Text.Sentences.Count).Select(s => (i, s))));
        var verbatim = new int[members.Count];
        foreach (var pair in pairs)
        {
            var source = index[pair.Source];
            var copy = index[pair.Copy];
            foreach (var alignment in pair.Alignments)
            {
                sentences.Union((source, alignment.Source), (copy, alignment.Sentence));
                if (alignment.Kind == AlignmentKind.Verbatim)
                {
                    verbatim[source]++;
                    verbatim[copy]++;
                }
            }
        }

        var own = members.Select((member, i) => (member, i)).Where(x => x.member.IsBy(agency)).Select(x => (int?)x.i).FirstOrDefault();
        var anchor = own ?? Enumerable.Range(0, members.Count).OrderByDescending(i => verbatim[i]).ThenBy(i => members[i].Id, StringComparer.Ordinal).First();
        var chosen = new List<(double Position, int Member, int Sentence)>();
        foreach (var cluster in sentences.Groups())
        {
            var articles = cluster.Select(node => node.Member).Distinct().Count();
            var fromAnchor = cluster.Where(node => node.Member == anchor).OrderBy(node => node.Sentence).ToList();
            if (articles < 2 && !(own is not null && fromAnchor.Count > 0))
                continue;
            var (member, sentence) = fromAnchor.Count > 0
                ? fromAnchor[0]
                : cluster.OrderByDescending(node => verbatim[node.Member]).ThenBy(node => node.Member).ThenBy(node => node.Sentence).First();
            chosen.Add((RelativePosition(members[member], sentence), member, sentence));
        }
        chosen.Sort((a, b) => (a.Position, a.Member, a.Sentence).CompareTo((b.Position, b.Member, b.Sentence)));

        var text = new ArticleSentences(
            "origin:" + agency,
            chosen.Select(c => members[c.Member].Text.Sentences[c.Sentence]).ToList(),
            chosen.Select(c => members[c.Member].Text.Keys[c.Sentence]).ToList());
        var credited = members.Count(m => m.Article.Credits.Any(credit => string.Equals(credit, agency, StringComparison.OrdinalIgnoreCase)));
        List<string> evidence = [$"credited by {credited} of {members.Count} articles"];
        if (own is { } ownIndex)
            evidence.Add($"{members[ownIndex].Label} is {agency}'s own text");
        else
            evidence.Add($"reconstructed from {chosen.Count} sentences its copies share");
        var origin = new Origin(agency, own is { } o ? members[o].Id : null, text.Sentences.Select(s => s.Text).ToList(), own is null, evidence);
        return (origin, text);
    }

    private static double RelativePosition(GroupMember member, int sentence) =>
        member.Text.Sentences.Count <= 1 ? 0 : (double)sentence / (member.Text.Sentences.Count - 1);
}
