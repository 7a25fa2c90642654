using Triangulate.Facts;

namespace Triangulate.Analysis;

/// <summary>
/// Folds the actors of a partial analysis (some articles analysed again) into the actors a store holds: an actor found
/// again takes the id of the stored actor it shares most name uses with, and each stored actor's name counts lose the
/// analysed articles' old mentions and gain their new ones. A stored actor left with no mention is removed.
/// </summary>
public static class StoredActorMerge
{
    /// <param name="stored">The stored actors that go by a name of the update's actors or are mentioned in its scope.</param>
    /// <param name="storedMentions">The stored mentions in the update's scope, which the update replaces.</param>
    public static AnalysisUpdate Apply(AnalysisUpdate update, IReadOnlyList<Actor> stored, IReadOnlyList<ActorArticle> storedMentions)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(storedMentions);
        var storedById = stored.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var storedByName = stored.SelectMany(a => a.Aliases.Select(n => (Key: ActorNames.Key(n.Name), Actor: a))).ToLookup(x => x.Key, x => x.Actor);
        var idOf = update.Actors.ToDictionary(a => a.Id, a => a.Aliases
            .SelectMany(n => storedByName[ActorNames.Key(n.Name)].Distinct().Select(s => (Stored: s, n.Count)))
            .GroupBy(x => x.Stored)
            .OrderByDescending(g => g.Sum(x => x.Count))
            .ThenByDescending(g => g.Key.Aliases.Sum(n => n.Count))
            .ThenBy(g => g.Key.Id, StringComparer.Ordinal)
            .Select(g => g.Key.Id)
            .FirstOrDefault() ?? a.Id, StringComparer.Ordinal);

        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        Dictionary<string, int> CountsOf(string actor) => counts.TryGetValue(actor, out var names) ? names : counts[actor] = new(StringComparer.Ordinal);
        foreach (var actor in storedById.Values)
        {
            foreach (var alias in actor.Aliases)
                CountsOf(actor.Id)[alias.Name] = alias.Count;
        }
        foreach (var mention in storedMentions.Where(m => storedById.ContainsKey(m.Actor)).SelectMany(m => m.Mentions.Select(e => (m.Actor, e.Text))))
            CountsOf(mention.Actor)[mention.Text] = CountsOf(mention.Actor).GetValueOrDefault(mention.Text) - 1;
        var found = update.Actors.ToLookup(a => idOf[a.Id], StringComparer.Ordinal);
        foreach (var actor in update.Actors)
        {
            var names = CountsOf(idOf[actor.Id]);
            foreach (var alias in actor.Aliases)
                names[alias.Name] = names.GetValueOrDefault(alias.Name) + alias.Count;
        }

        var actors = new List<Actor>();
        var removed = new List<string>();
        foreach (var (id, names) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var aliases = names.Where(n => n.Value > 0).OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal)
                .Select(n => new ActorAlias(n.Key, n.Value)).ToList();
            if (aliases.Count == 0)
            {
                removed.Add(id);
                continue;
            }
            var known = storedById.GetValueOrDefault(id);
            var again = found[id].ToList();
            var name = known is not null && aliases.Any(a => a.Name == known.Name) ? known.Name : again.FirstOrDefault()?.Name ?? aliases[0].Name;
            var type = known is { Type: not ActorType.Unknown } ? known.Type : again.Select(a => a.Type).FirstOrDefault(t => t != ActorType.Unknown);
            var merges = (known?.Merges ?? []).Concat(again.SelectMany(a => a.Merges)).Distinct().ToList();
            actors.Add(new Actor(id, name, type, aliases, merges));
        }

        string? Renamed(string? actor) => actor is null ? null : idOf.GetValueOrDefault(actor, actor);
        return update with
        {
            Actors = actors,
            RemovedActorIds = removed,
            ActorArticles = [.. update.ActorArticles.GroupBy(m => (Actor: Renamed(m.Actor)!, m.Article))
                .Select(g => new ActorArticle(g.Key.Actor, g.Key.Article, [.. g.SelectMany(m => m.Mentions).OrderBy(e => e.Start)]))],
            Events = [.. update.Events.Select(e => e with { Participants = [.. e.Participants.Select(p => p with { Actor = Renamed(p.Actor) })] })],
        };
    }
}
