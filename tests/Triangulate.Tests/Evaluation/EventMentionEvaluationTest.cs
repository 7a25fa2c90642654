using Triangulate.Evaluation;

namespace Triangulate.Tests.Evaluation;

public class EventMentionEvaluationTest
{
    [Theory]
    [InlineData("Ilse Marren sold her ferry.", "sold", "Giver")]
    [InlineData("Ilse Marren bought a ferry.", "bought", "Recipient")]
    public void WhoActsInATradeGivesOrReceivesAsTheWordSays(string sentence, string trigger, string role)
    {
        var trade = Assert.Single(EventMentionEvaluation.Predict("d1", sentence), m => m.Trigger.Text == trigger);

        Assert.Equal("Ilse Marren", Assert.Single(trade.Arguments, a => a.Role == role).Span.Text);
        Assert.Contains(trade.Arguments, a => a.Role == "AcquiredEntity" && a.Span.Text.EndsWith("ferry", StringComparison.Ordinal));
    }

    [Fact]
    public void WhereAMoveHappenedIsItsDestination()
    {
        var move = Assert.Single(EventMentionEvaluation.Predict("d1", "Ilse Marren arrived in Lebanon on Monday."), m => m.Trigger.Text == "arrived");

        Assert.Equal("Lebanon", Assert.Single(move.Arguments, a => a.Role == "Destination").Span.Text);
        Assert.DoesNotContain(move.Arguments, a => a.Role == "Place");
    }

    [Fact]
    public void TheFirstSideOfABattleAttacksTheOthers()
    {
        var battle = Assert.Single(EventMentionEvaluation.Predict("d1", "Two ferrymen were wounded in a battle between troops and rebels near the Kell dam."), m => m.Trigger.Text == "battle");

        Assert.Equal("troops", Assert.Single(battle.Arguments, a => a.Role == "Attacker").Span.Text);
        Assert.Equal("rebels", Assert.Single(battle.Arguments, a => a.Role == "Target").Span.Text);
    }

    [Fact]
    public void WhatIsDrivenIsTheVehicle()
    {
        var move = Assert.Single(EventMentionEvaluation.Predict("d1", "Ilse Marren drove the van to Kell."), m => m.Trigger.Text == "drove");

        Assert.Equal("van", Assert.Single(move.Arguments, a => a.Role == "Vehicle").Span.Text);
    }

    [Fact]
    public void WhatAnAttackIsOnIsItsTarget()
    {
        var attack = Assert.Single(EventMentionEvaluation.Predict("d1", "Kestrel gunmen claimed the raid on the customs depot."), m => m.Trigger.Text == "raid");

        Assert.EndsWith("depot", Assert.Single(attack.Arguments, a => a.Role == "Target").Span.Text, StringComparison.Ordinal);
    }
}
