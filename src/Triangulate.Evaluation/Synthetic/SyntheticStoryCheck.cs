namespace Triangulate.Evaluation.Synthetic;

/// <summary>
/// What the synthetic corpus asks of stories: every family one story of its own, every distractor alone. Counts the
/// families split over several stories, the families sharing a story with another family, the distractors placed in
/// a family's story and those grouped only with other distractors.
/// </summary>
internal static class SyntheticStoryCheck
{
    /// <summary>Adds the counts to <paramref name="metrics"/> when the gold is a synthetic corpus's (it has distractors).</summary>
    public static void AddTo(Dictionary<string, double> metrics, IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> allGold)
    {
        var gold = allGold.Where(g => predicted.ContainsKey(g.Key)).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal);
        if (!gold.Values.Any(IsDistractor))
        {
            return;
        }
        var storyMembers = predicted.GroupBy(p => p.Value, p => p.Key).ToDictionary(g => g.Key, g => g.ToList());
        var families = gold.Where(g => !IsDistractor(g.Value)).GroupBy(g => g.Value, g => g.Key).ToList();
        var storiesOfFamily = families.ToDictionary(f => f.Key, f => f.Select(id => predicted[id]).ToHashSet());
        var familiesOfStory = storyMembers.ToDictionary(s => s.Key, s => s.Value.Select(id => gold[id]).Where(c => !IsDistractor(c)).ToHashSet());
        var distractors = gold.Where(g => IsDistractor(g.Value)).Select(g => g.Key).ToList();

        metrics["families"] = families.Count;
        metrics["families_split"] = storiesOfFamily.Count(f => f.Value.Count > 1);
        metrics["families_sharing_a_story"] = storiesOfFamily.Count(f => f.Value.Any(story => familiesOfStory[story].Count > 1));
        metrics["distractors"] = distractors.Count;
        metrics["distractors_in_a_family_story"] = distractors.Count(id => familiesOfStory[predicted[id]].Count > 0);
        metrics["distractors_with_distractors_only"] = distractors.Count(id => familiesOfStory[predicted[id]].Count == 0 && storyMembers[predicted[id]].Count > 1);
    }

    private static bool IsDistractor(string cluster) => cluster.StartsWith(SyntheticCorpusGenerator.DistractorPrefix, StringComparison.Ordinal);
}
