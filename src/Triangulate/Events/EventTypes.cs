namespace Triangulate.Events;

/// <summary>
/// The event ontology: a small set of types a reader can tell apart in one sentence, each at the CAMEO root it
/// belongs to. Kinds of violence are kept apart where ACLED keeps them apart (an air strike is not a shelling), since
/// that is what conflict analysts count.
/// </summary>
public static class EventTypes
{
    public static readonly EventType Statement = new("statement", "01", "Make public statement", null, "Contact.Contact.Broadcast");
    public static readonly EventType Appeal = new("appeal", "02", "Appeal", null, "Contact.RequestCommand.Unspecified");
    // A decision announced is an intent stated; CAMEO has no root of its own for deciding.
    public static readonly EventType Decide = new("decide", "03", "Express intent to cooperate", null, "Contact.Contact.Broadcast");
    public static readonly EventType Meet = new("meet", "04", "Consult", "DIPLO", "Contact.Contact.Meet");
    public static readonly EventType Visit = new("visit", "04", "Consult", null, "Movement.Transportation.Unspecified");
    public static readonly EventType Agree = new("agree", "05", "Engage in diplomatic cooperation", "AGREEMENT", "Contact.Contact.Unspecified");
    public static readonly EventType Trade = new("trade", "06", "Engage in material cooperation", null, "Transaction.ExchangeBuySell.Unspecified");
    public static readonly EventType Aid = new("aid", "07", "Provide aid", null, "Transaction.Donation.Unspecified");
    public static readonly EventType Release = new("release", "08", "Yield", null, "Justice.ReleaseParole.Unspecified");
    public static readonly EventType Investigate = new("investigate", "09", "Investigate", null, "Justice.InvestigateCrime.Unspecified");
    public static readonly EventType Demand = new("demand", "10", "Demand", null, "Contact.RequestCommand.Unspecified");
    public static readonly EventType Accuse = new("accuse", "11", "Disapprove", null, "Contact.Contact.Broadcast");
    public static readonly EventType Reject = new("reject", "12", "Reject", null, "Contact.Contact.Broadcast");
    public static readonly EventType Threaten = new("threaten", "13", "Threaten", null, "Contact.ThreatenCoerce.Unspecified");
    public static readonly EventType Protest = new("protest", "14", "Protest", "PEACE_PROTEST", "Conflict.Demonstrate.Unspecified");
    public static readonly EventType Riot = new("riot", "14", "Protest", "VIOL_DEMONSTR", "Conflict.Demonstrate.DemonstrateWithViolence");
    public static readonly EventType Deploy = new("deploy", "15", "Exhibit force posture", "CHANGE_TO_GROUP_ACT", "Movement.Transportation.Unspecified");
    public static readonly EventType Sanction = new("sanction", "16", "Reduce relations", null, "Control.ImpedeInterfereWith.Unspecified");
    public static readonly EventType Arrest = new("arrest", "17", "Coerce", "ARREST", "Justice.ArrestJailDetain.Unspecified");
    public static readonly EventType Charge = new("charge", "17", "Coerce", null, "Justice.ChargeIndict.Unspecified");
    public static readonly EventType Trial = new("trial", "17", "Coerce", null, "Justice.TrialHearing.Unspecified");
    public static readonly EventType Convict = new("convict", "17", "Coerce", null, "Justice.Convict.Unspecified");
    public static readonly EventType Sentence = new("sentence", "17", "Coerce", null, "Justice.Sentence.Unspecified");
    public static readonly EventType Abduct = new("abduct", "18", "Assault", "ABDUCT_DISSAP", "Conflict.Attack.Unspecified");
    public static readonly EventType Attack = new("attack", "18", "Assault", "ATTACK", "Conflict.Attack.Unspecified");
    public static readonly EventType SexualViolence = new("sexual violence", "18", "Assault", "SEX_VIOL", "Conflict.Attack.Unspecified");
    public static readonly EventType Bombing = new("bombing", "18", "Assault", "REM_EXPLOS", "Conflict.Attack.DetonateExplode");
    public static readonly EventType SuicideBombing = new("suicide bombing", "18", "Assault", "SUIC_BOMB", "Conflict.Attack.DetonateExplode");
    public static readonly EventType Grenade = new("grenade attack", "18", "Assault", "GRENADE", "Conflict.Attack.DetonateExplode");
    public static readonly EventType Kill = new("kill", "18", "Assault", null, "Life.Die.Unspecified");
    public static readonly EventType Injure = new("injure", "18", "Assault", null, "Life.Injure.Unspecified");
    public static readonly EventType Destroy = new("destroy", "18", "Assault", "PROPERTY_DISTRUCT", "ArtifactExistence.DamageDestroyDisableDismantle.Unspecified");
    public static readonly EventType Fight = new("fight", "19", "Fight", "ARMED_CLASH", "Conflict.Attack.Unspecified");
    public static readonly EventType AirStrike = new("air strike", "19", "Fight", "AIR_STRIKE", "Conflict.Attack.AirstrikeMissileStrike");
    public static readonly EventType Shelling = new("shelling", "19", "Fight", "ART_MISS_ATTACK", "Conflict.Attack.AirstrikeMissileStrike");
    public static readonly EventType SeizeTerritory = new("seize territory", "19", "Fight", "NON_STATE_ACTOR_OVERTAKES_TER", "Conflict.Attack.Unspecified");
    public static readonly EventType RegainTerritory = new("regain territory", "19", "Fight", "GOV_REGAINS_TERIT", "Conflict.Attack.Unspecified");
    public static readonly EventType MassViolence = new("mass violence", "20", "Use unconventional mass violence", "CHEM_WEAP", "Conflict.Attack.Unspecified");
    // Events CAMEO and ACLED do not code but news reports: an epidemic, a patient treated, an official leaving a post.
    public static readonly EventType Outbreak = new("outbreak", null, null, null, "Disaster.DiseaseOutbreak.Unspecified");
    public static readonly EventType Treat = new("medical treatment", null, null, null, "Medical.Intervention.Unspecified");
    public static readonly EventType Resign = new("leave office", null, null, null, "Personnel.EndPosition.Unspecified");
    public static readonly EventType Crime = new("crime", null, null, "ORG_CRIME", "GenericCrime.GenericCrime.GenericCrime");

    public static IReadOnlyList<EventType> All { get; } =
    [
        Statement, Appeal, Decide, Meet, Visit, Agree, Trade, Aid, Release, Investigate, Demand, Accuse, Reject, Threaten,
        Protest, Riot, Deploy, Sanction, Arrest, Charge, Trial, Convict, Sentence, Abduct, Attack, SexualViolence, Bombing,
        SuicideBombing, Grenade, Kill, Injure, Destroy, Fight, AirStrike, Shelling, SeizeTerritory, RegainTerritory,
        MassViolence, Outbreak, Treat, Resign, Crime,
    ];
}
