using Triangulate.Analysis;
using Triangulate.Events;
using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Tests.Analysis;

/// <summary>Actors found again in some articles are folded into the stored actors under their stored ids.</summary>
public class StoredActorMergeTest
{
    private static Evidence Said(string article, string name) => new(article, 0, 0, name.Length, name);

    private static readonly Actor StoredIlves = new("actor-ilves", "Tomas Ilves", ActorType.Person,
        [new ActorAlias("Tomas Ilves", 3), new ActorAlias("Ilves", 2)], [new AliasMerge("Tomas Ilves", "Ilves", "surname")]);

    private static readonly Actor StoredLunde = new("actor-lunde", "Greta Lunde", ActorType.Person, [new ActorAlias("Greta Lunde", 1)], []);

    private static AnalysisUpdate Update(params Actor[] actors) => new([], [], [], actors,
        [new ActorArticle("actor-x", "edited", [Said("edited", "Tomas Ilves"), Said("edited", "Tomas Ilves"), Said("edited", "Governor Ilves")])], 0)
    {
        Events = [new EventView("event-1", "story-1", "meet", null, null, [new EventParticipant("actor-x", "Tomas Ilves", "person", "actor", Said("edited", "Tomas Ilves"))],
            null, null, "happened", [], ["edited"], 1, "single source", [])],
    };

    [Fact]
    public void A_stored_actor_found_again_keeps_its_id_and_its_counts_trade_old_mentions_for_new()
    {
        var found = new Actor("actor-x", "Tomas Ilves", ActorType.Unknown, [new ActorAlias("Tomas Ilves", 2), new ActorAlias("Governor Ilves", 1)], []);
        // The article analysed again used to name him once in full and once by surname; Lunde was named there alone.
        ActorArticle[] old = [new("actor-ilves", "edited", [Said("edited", "Tomas Ilves"), Said("edited", "Ilves")]), new("actor-lunde", "edited", [Said("edited", "Greta Lunde")])];

        var merged = StoredActorMerge.Apply(Update(found), [StoredIlves, StoredLunde], old);

        var ilves = Assert.Single(merged.Actors);
        Assert.Equal("actor-ilves", ilves.Id);
        Assert.Equal(ActorType.Person, ilves.Type);
        Assert.Equal([("Tomas Ilves", 4), ("Governor Ilves", 1), ("Ilves", 1)], ilves.Aliases.Select(a => (a.Name, a.Count)));
        Assert.Single(ilves.Merges);
        Assert.Equal(["actor-lunde"], merged.RemovedActorIds);
        Assert.Equal("actor-ilves", Assert.Single(merged.ActorArticles).Actor);
        Assert.Equal("actor-ilves", Assert.Single(Assert.Single(merged.Events).Participants).Actor);
    }

    [Fact]
    public void An_actor_no_stored_actor_goes_by_is_added_as_found()
    {
        var found = new Actor("actor-x", "Mara Voss", ActorType.Person, [new ActorAlias("Mara Voss", 2)], []);

        var merged = StoredActorMerge.Apply(Update(found), [], []);

        var voss = Assert.Single(merged.Actors);
        Assert.Equal(("actor-x", "Mara Voss", 2), (voss.Id, voss.Name, voss.Aliases.Single().Count));
        Assert.Empty(merged.RemovedActorIds);
    }
}
