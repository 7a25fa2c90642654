using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

public class ActorNameMatchTest
{
    private static Actor Person(string name, params string[] aliases) =>
        new($"actor-{name}", name, ActorType.Person, [new ActorAlias(name, 3), .. aliases.Select(alias => new ActorAlias(alias, 1))], []);

    private static readonly Actor Marren = Person("Ilse Marren", "Gov. Ilse Marren");
    private static readonly Actor Union = new("actor-srwu", "Sarn River Workers' Union", ActorType.Organisation,
        [new ActorAlias("Sarn River Workers' Union", 4), new ActorAlias("SRWU", 2)], []);
    private static readonly Actor Reed = Person("Tomas Reed");

    [Theory]
    [InlineData("Marren", NameMatch.Words)]
    [InlineData("ilse", NameMatch.Words)]
    [InlineData("ILSE MARREN", NameMatch.Exact)]
    [InlineData("Ilse Marrén", NameMatch.Exact)]
    [InlineData("Gov. Ilse Marren", NameMatch.Exact)]
    [InlineData("Marren Ilse", NameMatch.None)]
    [InlineData("Marr", NameMatch.None)]
    [InlineData("", NameMatch.None)]
    public void ASurnameOrAnyWordOfANameMatchesButNotPartOfAWord(string query, NameMatch expected) =>
        Assert.Equal(expected, ActorNameMatch.Match(query, Marren.Aliases.Select(alias => alias.Name)));

    [Fact]
    public void TheSurnameFindsThePerson()
    {
        Assert.Equal([Marren], ActorNameMatch.Best("Marren", [Reed, Union, Marren]));
        Assert.Equal([Union], ActorNameMatch.Best("river workers", [Reed, Union, Marren]));
        Assert.Empty(ActorNameMatch.Best("Hezbollah", [Reed, Union, Marren]));
    }

    [Fact]
    public void AnExactNameBeatsAWordOfALongerOne()
    {
        var town = new Actor("actor-marren-town", "Marren", ActorType.Place, [new ActorAlias("Marren", 1)], []);

        Assert.Equal([town], ActorNameMatch.Best("Marren", [Marren, town]));
        var namesake = Person("Ilse Dorn");
        Assert.Equal([Marren, namesake], ActorNameMatch.Best("ilse", [Marren, Reed, namesake]));
    }
}
