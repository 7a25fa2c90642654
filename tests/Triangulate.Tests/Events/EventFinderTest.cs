using Triangulate.Events;
using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Tests.Events;

public class EventFinderTest
{
    private static readonly DateOnly Friday = new(2025, 6, 13);

    private static IReadOnlyList<Event> Find(params string[] paragraphs) => EventFinder.Find(ArticleText.Of("a1", "", paragraphs), Friday);

    [Fact]
    public void AMeetingHasItsSidesItsWeekAndWhoSaysSo()
    {
        var meeting = Assert.Single(Find("Leaders of the Velmoran Liberation Front held a rare meeting with Kestrel Brigades commanders last week, Velmoran factional sources told AFP on Friday."),
            e => e.Type == EventTypes.Meet);

        Assert.Equal("meeting", meeting.Trigger.Text);
        Assert.Contains(meeting.Participants, p => p.Name == "Velmoran Liberation Front" && p.Role == "participant");
        Assert.Contains(meeting.Participants, p => p.Name == "Kestrel Brigades");
        Assert.Equal("2025-W23", meeting.Time!.Value);
        Assert.Equal("week", meeting.Time.Precision);
        Assert.False(meeting.Time.Reported);
        var source = Assert.Single(meeting.Sources);
        Assert.Equal("Velmoran factional sources", source.Name);
        Assert.Equal("AFP", source.Via);
        Assert.True(source.Anonymous);
        Assert.Equal("04", meeting.Type.Cameo);
    }

    [Theory]
    [InlineData("Governor Ilse Marren met Tomas Edric and Aldo Venn in Kell for talks on the flood barrier.")]
    [InlineData("Governor Ilse Marren hosted talks with Tomas Edric and Aldo Venn in Kell.")]
    public void OneMeetingWithEverySideJoinedByAnd(string sentence)
    {
        var meeting = Assert.Single(Find(sentence), e => e.Type == EventTypes.Meet);

        Assert.Equal(["Aldo Venn", "Ilse Marren", "Tomas Edric"], meeting.Participants.Where(p => p.Role == "participant").Select(p => p.Name).Order());
    }

    [Fact]
    public void ArgumentsAreHeadPhrasesPronounsAndPlaces()
    {
        var events = Find("Ilse Marren arrived in Kell on Monday. She was arrested at the old ferry station, and a Kestrel guard was killed in the same province.");

        var arrest = Assert.Single(events, e => e.Type == EventTypes.Arrest);
        var detainee = Assert.Single(arrest.Participants, p => p.Role == "target");
        Assert.Equal("She", detainee.Evidence.Text);
        Assert.Equal("Ilse Marren", detainee.Name);
        Assert.Equal("old ferry station", Assert.Single(arrest.Participants, p => p.Role == "place").Name);
        var killing = Assert.Single(events, e => e.Type == EventTypes.Kill);
        var victim = Assert.Single(killing.Participants, p => p.Role == "target");
        Assert.Equal("Kestrel", victim.Name);
        Assert.Equal("Kestrel guard", victim.Evidence.Text);
        Assert.Equal("same province", Assert.Single(killing.Participants, p => p.Role == "place").Name);
    }

    [Fact]
    public void ANounQualifyingTheNextNounNamesAThingNotAnEvent()
    {
        var events = Find("Aldo Venn left his jail cell in Kell and rode home in a transport plane, while the protest movement held a rally as the blast tore through the depot.");

        Assert.DoesNotContain(events, e => e.Trigger.Text is "jail" or "transport" or "protest");
        Assert.Contains(events, e => e.Type == EventTypes.Protest && e.Trigger.Text == "rally");
        Assert.Contains(events, e => e.Trigger.Text == "blast");
    }

    [Theory]
    [InlineData("Aldo Venn, 41, died in hospital on Friday.", "Aldo Venn")]
    [InlineData("Aldo Venn, a ferryman from Kell, and his brother, was killed on Friday.", "Aldo Venn")]
    [InlineData("Later, a ferryman was shot dead at the landing.", "ferryman")]
    public void TheVictimIsTheSubjectBeforeAnAsideOrAParticiple(string sentence, string victim)
    {
        var killing = Assert.Single(Find(sentence), e => e.Type == EventTypes.Kill);

        Assert.Equal(victim, Assert.Single(killing.Participants, p => p.Role == "target").Evidence.Text);
    }

    [Fact]
    public void AReportsDayDatesTheEventOnlyAsReported()
    {
        var meeting = Assert.Single(Find("Kestrel Brigades commanders held talks with the Velmoran Liberation Front, the group said on Friday."), e => e.Type == EventTypes.Meet);

        Assert.Equal("2025-06-13", meeting.Time!.Value);
        Assert.True(meeting.Time.Reported);
    }

    [Fact]
    public void APlaceAfterALocativeWordLocatesTheEventWithItsCoordinates()
    {
        var meeting = Assert.Single(Find("The Kestrel Brigades met Velmoran officials at an undisclosed location in Lebanon."), e => e.Type == EventTypes.Meet);

        Assert.Equal("Lebanon", meeting.Place!.Name);
        Assert.NotNull(meeting.Place.Latitude);
        Assert.InRange(meeting.Place.Longitude!.Value, 35, 37);
    }

    [Fact]
    public void APossessivePlaceDescribesAnActorAndLocatesNothing()
    {
        var meeting = Assert.Single(Find("Yemen's Kestrel Brigades held a meeting with Velmoran officials."), e => e.Type == EventTypes.Meet);

        Assert.Null(meeting.Place);
    }

    [Theory]
    [InlineData("The Kestrel Brigades will attack the depot, their commander said.", Modality.Planned)]
    [InlineData("The Kestrel Brigades did not attack the depot.", Modality.Denied)]
    [InlineData("The Kestrel Brigades could attack the depot.", Modality.Hypothetical)]
    [InlineData("The Kestrel Brigades attacked the depot on Tuesday.", Modality.Happened)]
    [InlineData("Velmoran elders urged the Kestrel Brigades to attack the depot.", Modality.Planned)]
    [InlineData("Velmoran elders called for the Kestrel Brigades to attack the depot.", Modality.Planned)]
    [InlineData("Velmoran elders asked Dovra to rein in attacks on the depot.", Modality.Happened)]
    public void TheWordsBeforeTheTriggerSayWhetherItHappened(string sentence, Modality modality) =>
        Assert.Equal(modality, Assert.Single(Find(sentence), e => e.Type == EventTypes.Attack).Modality);

    [Fact]
    public void AnAirStrikeIsNotAPlainAttackAndCountedVictimsAreItsTargets()
    {
        var events = Find("An air strike on the market in Dovra killed 6 civilians, medics said.");

        Assert.Contains(events, e => e.Type == EventTypes.AirStrike && e.Trigger.Text == "strike");
        var killing = Assert.Single(events, e => e.Type == EventTypes.Kill);
        Assert.Contains(killing.Participants, p => p.Name == "6 civilians" && p.Role == "target");
    }

    [Fact]
    public void SourcesDoNotTakePartInTheEventTheyReport()
    {
        var meeting = Assert.Single(Find("According to sources from the Velmoran Liberation Front, its leaders held a meeting with Kestrel Brigades commanders."), e => e.Type == EventTypes.Meet);

        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Velmoran Liberation Front");
        Assert.Contains(meeting.Participants, p => p.Name == "Kestrel Brigades");
    }

    [Fact]
    public void ANamedSpeakerMakesAStatement()
    {
        var statement = Assert.Single(Find("Defence Minister Arlo Venn said on Thursday the strikes would expand to the northern ports."), e => e.Type == EventTypes.Statement);

        Assert.Equal("Arlo Venn", Assert.Single(statement.Participants).Name);
        Assert.Equal("2025-06-12", statement.Time!.Value);
        Assert.Equal(ActorType.Person, statement.Participants[0].Type);
    }

    [Theory]
    [InlineData("A Kestrel gunman blew himself up at the Dorn market.", "blew", "bombing")]
    [InlineData("Mayor Tomas Edric called for a ceasefire.", "called", "appeal")]
    [InlineData("Mayor Tomas Edric asked the police to leave the square.", "asked", "appeal")]
    [InlineData("The Kestrel Front issued an ultimatum to the council.", "ultimatum", "threaten")]
    [InlineData("Dock workers began a 48-hour strike in Kell.", "strike", "protest")]
    [InlineData("Governor Ilse Marren gave an interview to the Dorn Herald.", "interview", "meet")]
    [InlineData("Dorn hosted Kestrel leaders in June.", "hosted", "meet")]
    public void WordsWithTheirNeighboursNameEvents(string sentence, string trigger, string type) =>
        Assert.Contains(Find(sentence), e => e.Trigger.Text == trigger && e.Type.Name == type);

    [Theory]
    [InlineData("The ministry did not respond to calls for comment.")]
    [InlineData("Readers can sign up for the Dorn Herald newsletter.")]
    [InlineData("Arlo Venn faces five years in jail.")]
    [InlineData("Arlo Venn pleaded not guilty.")]
    [InlineData("The council called the flood barrier critical.")]
    [InlineData("The minister refused to comment.")]
    [InlineData("Mayor Tomas Edric asked about the budget.")]
    [InlineData("Inspectors looked for weapons of mass destruction.")]
    [InlineData("Dorn is set to host matches of the river cup.")]
    [InlineData("The council hit Kell traders with new fines.")]
    [InlineData("The governor's approval rating fell.")]
    public void WordsThatOnlyLookLikeEventsNameNone(string sentence) =>
        Assert.DoesNotContain(Find(sentence), e => e.Type != EventTypes.Statement);

    [Fact]
    public void AnInterviewThatFramesAStatementIsNoMeeting() =>
        Assert.DoesNotContain(Find("In an interview, Arlo Venn said the flood barrier would hold."), e => e.Type == EventTypes.Meet);

    [Theory]
    [InlineData("Kestrel gunmen launched a series of attacks on the Dorn ferry.", "attacks")]
    [InlineData("The Velmoran Front claimed responsibility for the bombing.", "bombing")]
    [InlineData("Kestrel gunmen carried out the raid.", "raid")]
    public void WhoLaunchesOrClaimsAnAttackIsItsAttacker(string sentence, string trigger)
    {
        var attack = Assert.Single(Find(sentence), e => e.Trigger.Text == trigger);

        Assert.Contains(attack.Participants, p => p.Role == "actor");
    }

    [Fact]
    public void AClaimThatAnAttackHappenedIsNotAClaimOfResponsibility()
    {
        var attack = Assert.Single(Find("The Dorn police claimed the attack was staged."), e => e.Trigger.Text == "attack");

        Assert.DoesNotContain(attack.Participants, p => p.Role == "actor");
    }

    [Fact]
    public void KillingsToldByAParticipleAreDoneByWhoActedBefore()
    {
        var events = Find("A Kestrel gunman blew himself up at the Dorn market, killing six soldiers and injuring scores more.");

        var killing = Assert.Single(events, e => e.Type == EventTypes.Kill);
        Assert.Contains(killing.Participants, p => p.Role == "actor" && p.Evidence.Text == "Kestrel gunman");
        var injuring = Assert.Single(events, e => e.Type == EventTypes.Injure);
        Assert.Equal("scores more", Assert.Single(injuring.Participants, p => p.Role == "target").Evidence.Text);
        Assert.Contains(injuring.Participants, p => p.Role == "actor");
    }

    [Theory]
    [InlineData("The bombs began to explode at noon.", "bombs")]
    [InlineData("Kestrel gunmen drove to the bridge before detonating them.", "them")]
    [InlineData("Two devices were detonated at the station.", "Two devices")]
    public void WhatExplodesIsTheDevice(string sentence, string device)
    {
        var explosion = Assert.Single(Find(sentence), e => e.Type == EventTypes.Bombing);

        Assert.Equal(device, Assert.Single(explosion.Participants, p => p.Role == "instrument").Evidence.Text);
        Assert.DoesNotContain(explosion.Participants, p => p.Role == "place" && p.Name == "noon");
    }

    [Fact]
    public void AWarningGivenToSeveralHasThemAllAsRecipients()
    {
        var warning = Assert.Single(Find("Warnings were given to the police, newspapers and the Dorn Herald, officials said."), e => e.Type == EventTypes.Threaten);

        Assert.Equal(["Dorn Herald", "newspapers", "police"], warning.Participants.Where(p => p.Role == "target").Select(p => p.Evidence.Text).Order());
    }

    [Fact]
    public void AVictimPhraseRunsOverTheNounsBeforeItsHead()
    {
        var killing = Assert.Single(Find("Six Velmoran border service members were killed."), e => e.Type == EventTypes.Kill);

        Assert.Equal("Six Velmoran border service members", Assert.Single(killing.Participants, p => p.Role == "target").Evidence.Text);
    }

    [Theory]
    [InlineData("The shells exploded at one a minute.")]
    [InlineData("The depot was attacked in 2019.")]
    [InlineData("The council was warned in advance.")]
    public void CountsYearsAndIdiomsAreNoPlaces(string sentence) =>
        Assert.DoesNotContain(Find(sentence).SelectMany(e => e.Participants), p => p.Role == "place");

    [Fact]
    public void APluralNounIsNoVerbWithAnObject()
    {
        var attacks = Assert.Single(Find("As the attacks continued, the ferry left."), e => e.Trigger.Text == "attacks");

        Assert.DoesNotContain(attacks.Participants, p => p.Evidence.Text == "continued");
    }

    [Fact]
    public void AnAttackIsItsNamedGroupsNotItsDaysAndHitsWhatFollows()
    {
        var events = Find("The Velmoran Front's unprecedented attack on October 7 killed 40 people. The raid by the Kestrel Brigades was repelled. The blast hit the ferry depot.");

        Assert.Contains(Assert.Single(events, e => e.Trigger.Text == "attack").Participants, p => p.Role == "actor" && p.Name == "Velmoran Front");
        Assert.DoesNotContain(Assert.Single(events, e => e.Type == EventTypes.Kill).Participants, p => p.Role == "actor");
        var raid = Assert.Single(events, e => e.Trigger.Text == "raid");
        Assert.Contains(raid.Participants, p => p.Role == "actor" && p.Name == "Kestrel Brigades");
        Assert.Contains(Assert.Single(events, e => e.Trigger.Text == "blast").Participants, p => p.Role == "target" && p.Evidence.Text == "ferry depot");
    }

    [Fact]
    public void WhoSpeaksOfAnAttackDoesNotCarryItOut()
    {
        var killing = Assert.Single(Find("The Dorn council deplored the slaughter of ferry crews."), e => e.Type == EventTypes.Kill);

        Assert.DoesNotContain(killing.Participants, p => p.Role == "actor");
    }

    [Fact]
    public void ThePlaceAWhereClauseFollowsIsWhereItHappened()
    {
        var killing = Assert.Single(Find("The worst blast was at the Dorn ferry station, where at least six people were killed."), e => e.Type == EventTypes.Kill);

        Assert.Equal("Dorn ferry station", Assert.Single(killing.Participants, p => p.Role == "place").Evidence.Text);
    }

    [Fact]
    public void AThreatThatSpreadsToOthersIsNotAddressedToThem() =>
        Assert.DoesNotContain(Assert.Single(Find("The threat has now widened to other ferries in the delta."), e => e.Type == EventTypes.Threaten).Participants,
            p => p.Role == "target");

    [Fact]
    public void ParticlesAndAdverbsStandOutsideTheSides()
    {
        var flight = Assert.Single(Find("Governor Ilse Marren and Tomas Edric immediately flew back to Kell."), e => e.Type == EventTypes.Visit);

        Assert.Contains(flight.Participants, p => p.Role == "actor");
        Assert.DoesNotContain(flight.Participants, p => p.Evidence.Text == "back");
    }

    [Fact]
    public void ASpeechCueThatNamesAnEventIsThatEventAlone()
    {
        var events = Find("Mayor Tomas Edric asked the police to leave the square, the council said.");

        var appeal = Assert.Single(events, e => e.Type == EventTypes.Appeal);
        Assert.DoesNotContain(events, e => e.Id == appeal.Id && e != appeal);
    }

    [Theory]
    [InlineData("The courier drove the van to Kell on Monday.", "drove")]
    [InlineData("The courier walked to the Kell ferry station.", "walked")]
    public void DrivingAndWalkingAreMoves(string sentence, string trigger) =>
        Assert.Contains(Find(sentence), e => e.Type == EventTypes.Visit && e.Trigger.Text == trigger);

    [Fact]
    public void DrivingPeopleFromTheirHomesIsNoMove() =>
        Assert.DoesNotContain(Find("The flood drove 300 people from their homes in Kell."), e => e.Type == EventTypes.Visit);

    [Fact]
    public void ABeatingIsAnInjury() =>
        Assert.Contains(Find("Guards were seen beating two ferry workers outside the depot."), e => e.Type == EventTypes.Injure && e.Trigger.Text == "beating");

    [Fact]
    public void AVerbJoinedByAndSharesTheSubject()
    {
        var charge = Assert.Single(Find("Ilse Marren arrived in Kell on Monday. She was arrested and charged with fraud."), e => e.Type == EventTypes.Charge);

        Assert.Equal("She", Assert.Single(charge.Participants, p => p.Role == "target").Evidence.Text);
    }

    [Fact]
    public void APlaceTheSentenceOpensWithLocatesTheEvent()
    {
        var attack = Assert.Single(Find("On June 2, 2024 in Dunmore Vale, a gunman shot two ferry guards."), e => e.Type == EventTypes.Attack);

        Assert.Equal("Dunmore Vale", Assert.Single(attack.Participants, p => p.Role == "place").Evidence.Text);
    }

    [Fact]
    public void AnOpeningPhraseNamingNoPlaceLocatesNothing() =>
        Assert.DoesNotContain(Assert.Single(Find("In one incident, a gunman shot two ferry guards."), e => e.Type == EventTypes.Attack).Participants, p => p.Role == "place");

    [Fact]
    public void TheSubjectIsThePersonOfTheGroupNamedAfterOf()
    {
        var killing = Assert.Single(Find("A local commander of the Kestrel Brigades, a rebel militia, was also reportedly killed."), e => e.Type == EventTypes.Kill);

        Assert.Contains("commander", Assert.Single(killing.Participants, p => p.Role == "target").Evidence.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Prosecutors called Ada Vale, the owner of the inn, who testified on Monday.", true)]
    [InlineData("The senator called Ada Vale a liar on Monday.", false)]
    public void CallingSomeoneNamedIsAContact(string sentence, bool contact) =>
        Assert.Equal(contact, Find(sentence).Any(e => e.Type == EventTypes.Meet && e.Trigger.Text == "called"));

    [Fact]
    public void AQuotedQuestionAskedIsAContact() =>
        Assert.Contains(Find("“Who rented the van?” Vale asked. “A man from Kell,” the clerk replied."), e => e.Type == EventTypes.Meet && e.Trigger.Text == "asked");

    [Fact]
    public void WhoMadeTheAttackDidTheKilling()
    {
        var killing = Assert.Single(Find("Two ferry guards were killed in Kestrel Brigades attacks near the quay on Monday."), e => e.Type == EventTypes.Kill);

        Assert.Equal("Kestrel Brigades", Assert.Single(killing.Participants, p => p.Role == "actor").Name);
    }

    [Fact]
    public void WhoClaimsToHaveActedIsWhoActed()
    {
        var attack = Assert.Single(Find("The Kestrel garrison claimed to have hit three smugglers."), e => e.Type == EventTypes.Attack);

        Assert.Equal("Kestrel garrison", Assert.Single(attack.Participants, p => p.Role == "actor").Evidence.Text);
        Assert.Equal("three smugglers", Assert.Single(attack.Participants, p => p.Role == "target").Evidence.Text);
    }

    [Fact]
    public void WhatAnExplosionShatteredIsItsTargetAndThePlaceItStoodIsWhereItHappened()
    {
        var blast = Assert.Single(Find("The old customs house in Port Ardell was shattered by an explosion on Friday."), e => e.Type == EventTypes.Bombing);

        Assert.EndsWith("house", Assert.Single(blast.Participants, p => p.Role == "target").Evidence.Text, StringComparison.Ordinal);
        Assert.Equal("Port Ardell", Assert.Single(blast.Participants, p => p.Role == "place").Evidence.Text);
    }

    [Fact]
    public void APlaceAfterAnotherEventWordIsThatEventsPlace()
    {
        var events = Find("Six ferrymen were killed in Kestrel raids in Port Ardell.");

        Assert.DoesNotContain(Assert.Single(events, e => e.Type == EventTypes.Kill).Participants, p => p.Role == "place");
        Assert.Contains(Assert.Single(events, e => e.Type == EventTypes.Attack).Participants, p => p.Role == "place" && p.Evidence.Text == "Port Ardell");
    }

    [Theory]
    [InlineData("A roadside bomb went off near the Kell ferry landing on Friday.", true)]
    [InlineData("The fire alarm went off in the Kell ferry office on Friday.", false)]
    public void ADeviceGoingOffIsAnExplosion(string sentence, bool explosion)
    {
        var events = Find(sentence);

        Assert.Equal(explosion, events.Any(e => e.Type == EventTypes.Bombing && e.Trigger.Text == "went off"));
    }

    [Theory]
    [InlineData("Health officials in Kell declared a cholera outbreak on Friday after 40 cases.", "outbreak", "Disaster.DiseaseOutbreak.Unspecified")]
    [InlineData("Twelve passengers needed treatment for smoke inhalation after the Kell ferry fire on Friday.", "treatment", "Medical.Intervention.Unspecified")]
    [InlineData("The harbour master of Kell resigned on Friday over the ferry contract.", "resigned", "Personnel.EndPosition.Unspecified")]
    [InlineData("The ferry clerks of Kell fear the board will fire them all, and one said on Friday the board would fire her next.", "fire", "Personnel.EndPosition.Unspecified")]
    public void OutbreaksTreatmentAndLeavingOfficeAreEvents(string sentence, string trigger, string kairos) =>
        Assert.Contains(Find(sentence), e => e.Trigger.Text == trigger && e.Type.Kairos == kairos);
}
