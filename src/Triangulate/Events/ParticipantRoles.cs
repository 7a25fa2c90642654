using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>
/// Who does what to whom, from where the participants stand around the trigger: in "Hamas attacked Israel" the nearest
/// one before the trigger acts and the nearest after it is the target; in the passive "Hamas fighters were killed by
/// Israeli troops" the one before is the target and the one after "by" acts; a meeting's sides are the nearest on each
/// side, with those joined to them ("met Edric and Venn"). A participant is a named actor, a pronoun (named by the actor
/// it stands for), or, where the clause names none on that side, the noun phrase next to the trigger ("a major general
/// was killed"), as far as its head noun. A phrase after "in", "at" or "near" is where it happened ("in the same
/// province"), after "to" where a move went. Those further off are left out: they mostly belong to other events of the sentence.
/// </summary>
internal static class ParticipantRoles
{
    /// <summary>The role of a phrase telling where the event happened ("in the same province").</summary>
    public const string Place = "place";

    /// <summary>True for the roles of those who take part (who acts, who it is done to, a meeting's sides), not of a place or an instrument.</summary>
    public static bool TakesPart(string role) => role is "actor" or "target" or "participant";

    private const int PhraseWords = 6;
    private const int PrepositionReach = 6;

    private static readonly HashSet<string> Auxiliaries = ["was", "were", "been", "being", "be", "is", "are", "got", "get"];

    /// <summary>Words between a subject and its verb: "was also reportedly killed".</summary>
    private static readonly HashSet<string> Between =
        ["was", "were", "been", "being", "be", "is", "are", "has", "have", "had", "will", "would", "also", "reportedly", "allegedly", "not", "then", "later", "who", "helped", "help", "helps"];

    /// <summary>"immediately", "reportedly": a lower-case word in -ly, which never heads a phrase.</summary>
    private static bool Adverb(WordToken token) => token.IsWord && !token.Capitalised && token.Lower.Length > 4 && token.Lower.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>Verbs before "to" that leave the subject the next verb's: "the bombs began to explode", "the army claimed to have hit".</summary>
    private static readonly HashSet<string> SubjectSharing =
    [
        "began", "begin", "begins", "started", "start", "starts", "continued", "continue", "continues", "appeared", "seemed", "claimed", "claims",
        "tried", "tries", "attempted", "attempts", "sought", "seeks", "vowed", "vows", "planned", "plans", "managed", "failed", "wanted", "wants",
        "refused", "agreed", "decided", "threatened", "promised", "pledged", "intended", "hoped",
    ];

    /// <summary>Words whose subject undergoes the event: "the general died".</summary>
    private static readonly HashSet<string> Undergone = ["die", "dies", "died", "dying", "dead", "death", "deaths"];

    private static readonly HashSet<string> ClauseBreaks = [",", ";", ":", "and", "but", "while", "after", "before", "when", "(", ")"];

    /// <summary>Words that end a noun phrase: prepositions, conjunctions, verbs of being and punctuation.</summary>
    private static readonly HashSet<string> PhraseBreaks =
    [
        "of", "in", "at", "on", "to", "from", "with", "by", "for", "into", "near", "after", "before", "during", "since", "as", "than", "over",
        "and", "or", "but", "that", "which", "who", "whom", "while", "when", "where", "because", "if", "said", "says", "say",
        "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may", "not", "it", "there",
    ];

    /// <summary>Words that open or count a noun phrase: "the", "three", "more than".</summary>
    private static readonly HashSet<string> Openers =
    [
        "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "other", "another", "more", "least", "several",
        "many", "some", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "scores", "same",
    ];

    private static readonly HashSet<string> Determiners = ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our"];

    private static readonly HashSet<string> Pronouns = ["he", "she", "they", "him", "them", "who", "we"];

    /// <summary>Words that say no one took part: "nobody was injured".</summary>
    private static readonly HashSet<string> Nobody = ["nobody", "none", "no", "noone"];

    private static readonly HashSet<string> Places = ["in", "at", "near", "outside", "inside"];

    private static readonly HashSet<string> Bodies =
    [
        "police", "authorities", "officials", "official", "court", "judge", "jury", "prosecutors", "government", "army", "military",
        "forces", "rebels", "gunmen", "attackers", "bomber", "bombers", "suspect", "group", "brothers", "brother", "friend", "leader",
        "leaders", "president", "minister", "spokesman", "commander", "commanders", "personnel", "general", "supporters", "terrorists",
    ];

    private static readonly HashSet<EventType> Moves = [EventTypes.Visit, EventTypes.Deploy];

    /// <summary>The participants of the event a trigger names, with the people it counts (<see cref="VictimsReader"/>); of two overlapping, the longer.</summary>
    /// <param name="articleMentions">The article's actor mentions in text order, which name the actor a pronoun stands for.</param>
    public static IReadOnlyList<Participant> Assign(SentenceContext context, int trigger, EventType type, bool symmetric, IReadOnlyList<ActorMention> articleMentions)
    {
        var participants = ByPosition(context, trigger, type, symmetric, articleMentions).Concat(VictimsReader.Find(context, trigger, type))
            .Concat(Located(context, trigger, type)).Concat(Addressed(context, trigger, type)).Concat(HarmedIn(context, trigger, type))
            .DistinctBy(p => (p.Evidence.Start, p.Evidence.End)).ToList();
        return participants
            .Where(p => !participants.Any(other => other != p && other.Evidence.Start <= p.Evidence.Start && p.Evidence.End <= other.Evidence.End))
            .ToList();
    }

    private static IEnumerable<Participant> ByPosition(SentenceContext context, int trigger, EventType type, bool symmetric, IReadOnlyList<ActorMention> articleMentions)
    {
        var tokens = context.Tokens;
        var candidates = Candidates(context, articleMentions);
        var verb = IsVerb(tokens, trigger, context.First, context.Last) || DeadAfterParticiple(tokens, trigger, context.First);
        var passive = Passive(tokens, trigger, context.First) || Undergoing.Contains(type) && ReducedPassive(tokens, trigger, context.Last);
        // Only the preposition a side is linked by may stand between it and the trigger: "killed by", "the attack on"; a
        // meeting's sides stand anywhere in the clause ("the meeting in Oman between ...").
        string[]? linking = symmetric ? null : passive ? ["by"] : verb ? [] : ["of", "on", "against", "by"];
        // "Kestrel gunmen launched a series of attacks": the subject of the verb that only says the act was done does it.
        var light = verb || symmetric ? null : LightVerb(context, trigger);
        var subjectEnd = tokens[light ?? trigger].Start;
        // A noun's own actor stands inside its phrase ("the Kestrel attack"), not as the subject of another verb ("They deplored the attack").
        var nounOnly = !verb && !symmetric && light is null;
        // "The depot was shattered by an explosion": the subject of a passive whose agent the noun names undergoes the event.
        var undergone = nounOnly && PassiveAgent(context, trigger) is { } participle ? PhraseBefore(context, participle) : null;
        var before = candidates.Where(c => c.End <= subjectEnd && !Broken(context, c.End, subjectEnd) && Linked(context, c.End, subjectEnd, linking is null ? null : [])
                && (!nounOnly || WithinPhrase(context, c.End, subjectEnd)))
            .OrderByDescending(c => c.Named).ThenByDescending(c => c.Start).FirstOrDefault();
        // "two Kestrel commanders were killed": the phrase ending at the verb is the subject, named by the actor inside it.
        if ((verb || light is not null) && PhraseBefore(context, light ?? trigger) is { } subject && (before is null || subject.Start <= before.Start && before.End < subject.End))
            before = Named(context, subject);
        var after = candidates.Where(c => c.Start >= tokens[trigger].End && !Broken(context, tokens[trigger].End, c.Start) && Linked(context, tokens[trigger].End, c.Start, linking))
            .OrderByDescending(c => c.Named).ThenBy(c => c.Start).FirstOrDefault();
        // "killing six NATO service members", "the bombing of the federal building": the object phrase, named by the actor inside it.
        // "The blast hit a police station": what an attack named by a noun hits is its target.
        var objectPhrase = symmetric || passive ? null : verb ? PhraseAfter(context, trigger)
            : trigger < context.Last && (tokens[trigger + 1].Lower == "of" || Hitting.Contains(tokens[trigger + 1].Lower) || AttackedOn(context, trigger, type)) ? PhraseAfter(context, trigger + 1) : null;
        if (objectPhrase is { } o && (after is null || o.Start <= after.Start && after.End < o.End))
            after = Named(context, o);
        (Candidate? Who, string Role)[] roles = symmetric ? [(before, "participant"), (after, "participant")]
            : Undergone.Contains(tokens[trigger].Lower) ? [(before, "target")]
            : undergone is not null ? [(Named(context, undergone), "target"), (after, "target")]
            : passive ? [(before, "target"), (after is not null && ByBefore(context, after) ? after : null, "actor")]
            : [(before, "actor"), (after, !verb && trigger < context.Last && tokens[trigger + 1].Lower == "by" ? "actor" : "target")];
        return roles.Where(r => r.Who is not null)
            .SelectMany(r => Joined(candidates, r.Who!, context).Select(who => who.As(IsWeapon(context, who) || IsDevice(tokens[trigger].Lower, r.Role) ? "instrument" : r.Role)));
    }

    /// <summary>"the attack on a police post", "strikes against rebel positions": what follows is what was attacked, unless it is a day ("the attack on 13 September").</summary>
    private static bool AttackedOn(SentenceContext context, int trigger, EventType type)
    {
        var tokens = context.Tokens;
        if (trigger + 2 > context.Last || tokens[trigger + 1].Lower is not ("on" or "against") || !type.Kairos.StartsWith("Conflict.Attack", StringComparison.Ordinal))
            return false;
        var next = trigger + 2;
        if (tokens[next].Lower is "the" or "a" or "an" && next < context.Last)
            next++;
        return !char.IsDigit(tokens[next].Lower[0]) && !Times.Contains(tokens[next].Lower);
    }

    private static readonly HashSet<string> Hitting = ["hit", "hits", "struck", "strikes", "targeted", "targets", "destroyed", "damaged", "rocked", "ripped", "tore", "wrecked"];

    /// <summary>Only words that qualify a noun between two offsets: determiners, names, numbers, modifiers, a possessive.</summary>
    /// <remarks>A verb form after a name or noun is its verb ("They deplored", "the council deplored"); after a determiner or possessive it qualifies ("Hamas' unprecedented attack").</remarks>
    private static bool WithinPhrase(SentenceContext context, int from, int to)
    {
        var text = context.Article.Text;
        // Whether the word before was a name or a noun, not a determiner or a possessive.
        var afterName = !(from > 0 && text[from - 1] is '\'' or '’' || from > 1 && text.AsSpan(from - 2, 2) is "'s" or "’s"
            || from + 2 <= text.Length && text.AsSpan(from, 2) is "'s" or "’s");
        for (var i = context.First; i <= context.Last && context.Tokens[i].Start < to; i++)
        {
            var token = context.Tokens[i];
            if (token.Start < from)
                continue;
            var opens = Openers.Contains(token.Lower) || token.Lower is "'s" or "’s" or "'" or "’" or "s";
            if (!(opens || token.Capitalised || char.IsDigit(token.Lower[0]) || Modifier(token) || token.Lower.Contains('-', StringComparison.Ordinal) || !afterName && IsHead(token)))
                return false;
            afterName = !opens;
        }
        return true;
    }

    private static readonly string ExplodeStem = StemCache.Stem("explode");
    private static readonly string DetonateStem = StemCache.Stem("detonate");

    /// <summary>What explodes and what is detonated is the device: "they exploded", "detonating them", "devices were detonated".</summary>
    private static bool IsDevice(string trigger, string role)
    {
        var stem = StemCache.Stem(trigger);
        return stem == ExplodeStem && role is "actor" or "target" || stem == DetonateStem && role == "target";
    }

    private const int LightReach = 5;

    /// <summary>Verbs that only say an act was done: "launched an attack", "carried out the bombing", "claimed the attack".</summary>
    private static readonly HashSet<string> LightVerbs =
    [
        "launch", "launched", "launches", "launching", "stage", "staged", "stages", "staging", "mount", "mounted", "mounts", "mounting",
        "conduct", "conducted", "conducts", "conducting", "perpetrated", "committed", "claim", "claimed", "claims", "claiming",
        "plan", "planned", "planning", "plotted", "devise", "devised", "organised", "organized", "masterminded",
    ];

    /// <summary>Words between such a verb and the act: "a series of", "the deadliest", "twin".</summary>
    private static readonly HashSet<string> Series = ["series", "wave", "string", "spate", "number", "pair", "of", "out", "responsibility", "for"];

    /// <summary>The verb before a noun trigger that says the act was done ("carried out the bombing", "claimed responsibility for the attack"), by token index.</summary>
    private static int? LightVerb(SentenceContext context, int trigger)
    {
        var tokens = context.Tokens;
        for (var i = trigger - 1; i >= Math.Max(context.First, trigger - LightReach); i--)
        {
            var word = tokens[i].Lower;
            if (LightVerbs.Contains(word) || word == "carried" || word == "carry" || word == "carries" || word == "accepted" && i + 1 < trigger && tokens[i + 1].Lower == "responsibility")
                return word.StartsWith("claim", StringComparison.Ordinal) && trigger < context.Last && Between.Contains(tokens[trigger + 1].Lower) ? null : i;
            if (!tokens[i].IsWord || !(Openers.Contains(word) || Series.Contains(word) || !tokens[i].Capitalised && IsHead(tokens[i]) && !word.EndsWith("ed", StringComparison.Ordinal)))
                return null;
        }
        return null;
    }

    /// <summary>"leaders of Hamas": people named by the actor they belong to, the phrase running to its name.</summary>
    private static Candidate? Of(SentenceContext context, Candidate phrase, int head)
    {
        var next = head + 1;
        if (next > context.Last || context.Tokens[next].Lower != "of")
            return null;
        if (next + 1 <= context.Last && context.Tokens[next + 1].Lower == "the")
            next++;
        return next + 1 <= context.Last && context.Mentions.FirstOrDefault(m => m.Start == context.Tokens[next + 1].Start && m.Type is not ActorType.Place) is { } mention
            ? phrase with { End = mention.End, Name = mention.Text, Type = mention.Type, Named = true }
            : null;
    }

    /// <summary>A phrase named by the actor it holds: "two Kestrel commanders" by "Kestrel".</summary>
    private static Candidate Named(SentenceContext context, Candidate phrase) =>
        context.Mentions.LastOrDefault(m => phrase.Start <= m.Start && m.End <= phrase.End && m.Type is not ActorType.Place) is { } mention
            ? phrase with { Name = mention.Text, Type = mention.Type, Named = true }
            : phrase;

    /// <summary>The candidate and those joined to it by "and" or a comma: "Hamas and Islamic Jihad held talks", "met Edric and Venn".</summary>
    private static IEnumerable<Candidate> Joined(List<Candidate> candidates, Candidate who, SentenceContext context)
    {
        yield return who;
        var text = context.Article.Text;
        foreach (var step in (int[])[-1, 1])
        {
            var current = who;
            while (candidates.FirstOrDefault(c => c.Named == who.Named && (step < 0 ? c.End <= current.Start && Joins(text[c.End..current.Start])
                       : c.Start >= current.End && Joins(text[current.End..c.Start]))) is { } next)
            {
                yield return next;
                current = next;
            }
        }
    }

    private static bool Joins(string between)
    {
        var words = between.Replace(",", " , ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("a" or "an" or "the")).ToArray();
        return string.Join(' ', words) is "and" or "," or ", and";
    }

    // The events of a sentence are read one after another on one thread, and share its candidates.
    [ThreadStatic]
    private static (SentenceContext Context, List<Candidate> Candidates)? lastRead;

    private static List<Candidate> Candidates(SentenceContext context, IReadOnlyList<ActorMention> articleMentions)
    {
        if (lastRead is { } last && ReferenceEquals(last.Context, context))
            return last.Candidates;
        var candidates = ReadCandidates(context, articleMentions);
        lastRead = (context, candidates);
        return candidates;
    }

    private static List<Candidate> ReadCandidates(SentenceContext context, IReadOnlyList<ActorMention> articleMentions)
    {
        var candidates = context.Mentions.Where(m => m.Type is not ActorType.Place && !context.InSource(m.Start) && !Nobody.Contains(m.Text.ToLowerInvariant()))
            .Select(m => new Candidate(m.Start, m.End, m.Type, Named: true, context, null)).ToList();
        for (var i = context.First; i <= context.Last; i++)
        {
            var token = context.Tokens[i];
            if (context.InSource(token.Start) || Covered(candidates, token))
                continue;
            if (Pronouns.Contains(token.Lower))
                candidates.Add(Pronoun(context, token, articleMentions));
            else if (IsPeople(token))
            {
                // "military personnel": the phrase runs to its last noun of people.
                var head = i;
                while (head + 1 <= context.Last && IsPeople(context.Tokens[head + 1]))
                    head++;
                var phrase = Phrase(context, i, head, context.First) with { Type = VictimsReader.People.Contains(context.Tokens[head].Lower) ? ActorType.Person : ActorType.Unknown };
                candidates.Add(Of(context, phrase, head) ?? phrase);
                i = head;
            }
        }
        // "in Kell" tells where, not who.
        candidates.RemoveAll(c => AfterPlaceWord(context, c.Start));
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return candidates;
    }

    /// <summary>A pronoun as a candidate named by the actor it stands for.</summary>
    private static Candidate Pronoun(SentenceContext context, WordToken token, IReadOnlyList<ActorMention> articleMentions)
    {
        var name = PronounSource.Resolve(context.Article.Text[token.Start..token.End], token.Start, articleMentions);
        var type = articleMentions.LastOrDefault(m => m.End <= token.Start && m.Text == name)?.Type ?? ActorType.Unknown;
        return new Candidate(token.Start, token.End, type, Named: true, context, name);
    }

    private static bool Covered(List<Candidate> candidates, WordToken token)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Start <= token.Start && token.End <= candidate.End)
                return true;
        }
        return false;
    }

    /// <summary>The noun phrase right before the trigger, past the words between a subject and its verb: "a major general (was) killed".</summary>
    private static Candidate? PhraseBefore(SentenceContext context, int trigger)
    {
        if (NearestPhraseBefore(context, trigger) is not var (phrase, head))
            return null;
        // "The federal building in Kell was shattered": the phrase after the place word qualifies the subject before it.
        if (PlaceWordBefore(context, phrase) is { } placeWord)
        {
            head = placeWord - 1;
            phrase = Phrase(context, head, head, context.First);
        }
        return OwnerOf(context, phrase) is { } person ? Phrase(context, person, head, context.First) : phrase;
    }

    /// <summary>"The federal building in Kell was shattered": the place the verb's subject is in, which is where it happened.</summary>
    private static Candidate? PlaceInSubject(SentenceContext context, int verb) =>
        NearestPhraseBefore(context, verb) is var (phrase, _) && PlaceWordBefore(context, phrase) is not null ? phrase : null;

    /// <summary>The phrase ending right before a verb, past the words between a subject and its verb, with its head's token index.</summary>
    private static (Candidate Phrase, int Head)? NearestPhraseBefore(SentenceContext context, int trigger)
    {
        var tokens = context.Tokens;
        // "a man was shot dead": the participle before "dead" stands between the subject and the trigger.
        var head = DeadAfterParticiple(tokens, trigger, context.First) ? trigger - 2 : trigger - 1;
        while (head >= context.First && (Between.Contains(tokens[head].Lower) || Adverb(tokens[head]) || tokens[head].Lower == "to" && head > context.First && SubjectSharing.Contains(tokens[head - 1].Lower)))
            head -= tokens[head].Lower == "to" ? 2 : 1;
        // "on October 7 killed": a day of the month is no subject.
        if (head > context.First && char.IsDigit(tokens[head].Lower[0]) && Times.Contains(tokens[head - 1].Lower))
            return null;
        if (head > context.First && tokens[head].Lower == "," && !tokens[trigger].Lower.EndsWith("ing", StringComparison.Ordinal))
            head = BeforeAppositive(tokens, head, context.First);
        if (head < context.First || !(IsHead(tokens[head]) || IsCount(tokens, head)))
            return null;
        return (Phrase(context, head, head, context.First), head);
    }

    /// <summary>The token index of "in", "at" or "near" (and its article) right before a phrase, after a word that can end a noun phrase; null when none is.</summary>
    private static int? PlaceWordBefore(SentenceContext context, Candidate phrase)
    {
        var tokens = context.Tokens;
        var i = FirstTokenOf(context, phrase) - 1;
        if (i > context.First && tokens[i].Lower is "the" or "a" or "an")
            i--;
        return i > context.First && Places.Contains(tokens[i].Lower) && IsHead(tokens[i - 1]) && IsPlace(context, phrase, i) ? i : null;
    }

    private static int FirstTokenOf(SentenceContext context, Candidate phrase)
    {
        var i = context.Last;
        while (i > context.First && context.Tokens[i].Start > phrase.Start)
            i--;
        return i;
    }

    /// <summary>"A local commander of the Kestrel Brigades (was killed)": the person the phrase after "of" belongs to, by token index.</summary>
    private static int? OwnerOf(SentenceContext context, Candidate phrase)
    {
        var tokens = context.Tokens;
        var first = context.Last;
        while (first > context.First && tokens[first].Start > phrase.Start)
            first--;
        if (first > context.First && tokens[first - 1].Lower == "the")
            first--;
        return first - 2 >= context.First && tokens[first - 1].Lower == "of" && IsPeople(tokens[first - 2]) ? first - 2 : null;
    }

    private static bool DeadAfterParticiple(IReadOnlyList<WordToken> tokens, int trigger, int first) =>
        tokens[trigger].Lower == "dead" && trigger - 1 > first && (tokens[trigger - 1].Lower.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(tokens[trigger - 1].Lower));

    private const int AppositiveReach = 12;

    /// <summary>Words that end an appositive's search: a clause of its own begins, so the comma closes no aside.</summary>
    private static readonly HashSet<string> AsideEnds = [";", ":", "(", ")", "said", "says", "who", "which", "that", "when", "while", "after", "before", "because", "but", "as"];

    /// <summary>
    /// "Tamerlan, 26, died", "William Craig, leader of Ulster Vanguard, and a former minister, called for": a verb after
    /// a comma has its subject before the asides set off by commas; the token index of the word before the first comma,
    /// or <paramref name="comma"/> when a clause comes first.
    /// </summary>
    private static int BeforeAppositive(IReadOnlyList<WordToken> tokens, int comma, int first)
    {
        var opening = -1;
        for (var i = comma - 1; i > first && comma - i <= AppositiveReach; i--)
        {
            var word = tokens[i].Lower;
            if (AsideEnds.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal) && !tokens[i].Capitalised || IrregularPast.Contains(word))
                return comma;
            if (word == ",")
                opening = i;
        }
        return opening > first ? opening - 1 : comma;
    }

    /// <summary>A number standing for those it counts: "injured more than 260", "five more were wounded".</summary>
    private static bool IsCount(IReadOnlyList<WordToken> tokens, int index) =>
        tokens[index].IsWord && (char.IsDigit(tokens[index].Lower[0]) || Openers.Contains(tokens[index].Lower) && tokens[index].Lower is not ("the" or "a" or "an" or "this" or "its" or "their" or "his" or "her" or "our"));

    /// <summary>The noun phrase right after the trigger, as far as its head: "killing two soldiers", "the departure of family members".</summary>
    private static Candidate? PhraseAfter(SentenceContext context, int trigger)
    {
        var tokens = context.Tokens;
        var first = trigger + 1;
        while (first <= context.Last && (Openers.Contains(tokens[first].Lower) || char.IsDigit(tokens[first].Lower[0]) || tokens[first].Lower == "than"))
            first++;
        if (first > context.Last || !IsHead(tokens[first]))
            return first - 1 > trigger && IsCount(tokens, first - 1) ? Phrase(context, first - 1, first - 1, trigger + 1) : null;
        var last = first;
        while (last + 1 <= context.Last && last - first + 1 < PhraseWords && IsHead(tokens[last + 1]))
            last++;
        return Phrase(context, first, last, trigger + 1);
    }

    /// <summary>Words that address someone, whose recipients follow "to": "warnings were given to the police, newspapers and ...".</summary>
    private static readonly HashSet<EventType> Addressing = [EventTypes.Threaten, EventTypes.Demand, EventTypes.Appeal];

    private const int MaximumRecipients = 8;

    /// <summary>
    /// Who a warning, demand or appeal is addressed to: the phrase after "to" near the trigger and those listed after it.
    /// "to" before a verb ("threatened to cut") is not one.
    /// </summary>
    private static IEnumerable<Participant> Addressed(SentenceContext context, int trigger, EventType type)
    {
        if (!Addressing.Contains(type))
            yield break;
        var tokens = context.Tokens;
        var i = PrepositionAfter(context, trigger, "to");
        // "requested delivery to Room 25", "the threat widened to other ships": only "appealed to", "a warning to" and "warnings given to" address.
        if (i < 0 || i > trigger + 1 && (Verbal(tokens[trigger]) || !Giving.Contains(tokens[i - 1].Lower)) || !OpensPhrase(tokens[i + 1]))
            yield break;
        var at = i;
        for (var count = 0; count < MaximumRecipients && PhraseAfter(context, at) is { } phrase; count++)
        {
            while (at <= context.Last && tokens[at].End <= phrase.End)
                at++;
            // "..., officials said": the list has ended and who says so begins.
            if (count > 0 && at <= context.Last && tokens[at].Lower is "said" or "says" or "told" or "added")
                yield break;
            yield return Named(context, phrase).As("target");
            if (at >= context.Last || tokens[at].Lower is not ("," or "and") || !(OpensPhrase(tokens[at + 1]) || Noun(tokens[at + 1])))
                yield break;
        }
    }

    /// <summary>The token index of the first <paramref name="preposition"/> a few words after the trigger, in its clause; -1 when none is.</summary>
    private static int PrepositionAfter(SentenceContext context, int trigger, string preposition)
    {
        for (var i = trigger + 1; i < Math.Min(context.Last, trigger + PrepositionReach); i++)
        {
            if (ClauseBreaks.Contains(context.Tokens[i].Lower))
                return -1;
            if (context.Tokens[i].Lower == preposition)
                return i;
        }
        return -1;
    }

    private static readonly HashSet<EventType> Harms = [EventTypes.Kill, EventTypes.Injure];

    /// <summary>"were killed in Kestrel attacks", "died in a Kestrel air strike": who made the attack the harm came in did the harm.</summary>
    private static IEnumerable<Participant> HarmedIn(SentenceContext context, int trigger, EventType type)
    {
        if (!Harms.Contains(type))
            yield break;
        var tokens = context.Tokens;
        var i = PrepositionAfter(context, trigger, "in");
        if (i < 0)
            yield break;
        var next = i + 1;
        while (next < context.Last && tokens[next].Lower is "a" or "an" or "the")
            next++;
        if (context.Mentions.FirstOrDefault(m => m.Start == tokens[next].Start && m.Type is not ActorType.Place) is not { } mention)
            yield break;
        var act = next;
        while (act <= context.Last && tokens[act].End <= mention.End)
            act++;
        if (act <= context.Last && EventLexicon.Find(tokens[act - 1].Lower, tokens[act].Lower) is { } attack && attack.Kairos.StartsWith("Conflict.Attack", StringComparison.Ordinal))
            yield return new Participant(mention.Text, mention.Type, "actor", context.Article.Evidence(mention.Start, mention.End));
    }

    private static readonly HashSet<string> Giving = ["given", "gave", "sent", "issued", "delivered", "passed", "relayed", "conveyed", "addressed", "directed", "made"];

    private static bool Verbal(WordToken token) => token.Lower.EndsWith("ed", StringComparison.Ordinal) || token.Lower.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>A word that starts a noun phrase: a determiner, a name, a number or a noun of people ("the police", "Kell", "journalists").</summary>
    private static bool OpensPhrase(WordToken token) =>
        token.IsWord && (token.Capitalised || Openers.Contains(token.Lower) || char.IsDigit(token.Lower[0]) || IsPeople(token));

    /// <summary>A content word that is not a verb form: "newspapers" in a list.</summary>
    private static bool Noun(WordToken token) => IsHead(token) && !token.Lower.EndsWith("ed", StringComparison.Ordinal) && !token.Lower.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>What a phrase after a preposition near the trigger tells: the place ("in the same province"), where a move went ("to Belfast") or came from.</summary>
    private static IEnumerable<Participant> Located(SentenceContext context, int trigger, EventType type)
    {
        var found = false;
        foreach (var place in LocatedAfter(context, trigger, type))
        {
            found = true;
            yield return place;
        }
        if (!found && (WherePlace(context, trigger) ?? OpeningPlace(context, trigger) ?? SubjectPlace(context, trigger)) is { } where)
            yield return where.As(Place);
    }

    /// <summary>"Gunmen in Kell opened fire", "The depot in Kell was shattered by an explosion": the place the subject of the event's verb is in.</summary>
    private static Candidate? SubjectPlace(SentenceContext context, int trigger)
    {
        var verb = IsVerb(context.Tokens, trigger, context.First, context.Last) ? trigger : PassiveAgent(context, trigger);
        return verb is { } index ? PlaceInSubject(context, index) : null;
    }

    private const int AgentModifiers = 2;

    /// <summary>"was shattered by an explosion", "were wounded by heavy gunfire": the token index of the passive participle whose agent is the noun trigger; null when it is none.</summary>
    private static int? PassiveAgent(SentenceContext context, int trigger)
    {
        var tokens = context.Tokens;
        var i = trigger - 1;
        for (var modifiers = 0; i > context.First && modifiers < AgentModifiers && tokens[i].Lower != "by" && (Modifier(tokens[i]) || Adverb(tokens[i])); modifiers++)
            i--;
        if (i > context.First && Determiners.Contains(tokens[i].Lower))
            i--;
        return i > context.First && tokens[i].Lower == "by" && Passive(tokens, i - 1, context.First) ? i - 1 : null;
    }

    private const int OpeningReach = 10;

    /// <summary>
    /// "On December 21, 2015 in Bagram, a suicide bomber blew himself up": a named place the sentence opens with, ending
    /// at a comma, locates what follows ("In one incident," names none).
    /// </summary>
    private static Candidate? OpeningPlace(SentenceContext context, int trigger)
    {
        var tokens = context.Tokens;
        var preposition = -1;
        for (var i = context.First; i < trigger && i - context.First <= OpeningReach; i++)
        {
            if (tokens[i].Lower == "," && preposition >= 0)
                return PhraseAfter(context, preposition) is { } phrase && phrase.End == tokens[i - 1].End && tokens[preposition + 1].Capitalised && IsPlace(context, phrase, preposition) ? phrase : null;
            if (Places.Contains(tokens[i].Lower))
                preposition = i;
            else if (tokens[i].Lower != "," && ClauseBreaks.Contains(tokens[i].Lower) || tokens[i].Lower is "who" or "which" or "that")
                return null;
        }
        return null;
    }

    private const int WhereReach = 10;

    /// <summary>"at the bus station, where six people were killed": the phrase a "where" clause follows.</summary>
    private static Candidate? WherePlace(SentenceContext context, int trigger)
    {
        var tokens = context.Tokens;
        for (var i = trigger - 1; i >= Math.Max(context.First + 2, trigger - WhereReach); i--)
        {
            if (tokens[i].Lower == "where")
                return tokens[i - 1].Lower == "," && IsHead(tokens[i - 2]) ? Phrase(context, i - 2, i - 2, context.First) : null;
            if (ClauseBreaks.Contains(tokens[i].Lower))
                return null;
        }
        return null;
    }

    private static IEnumerable<Participant> LocatedAfter(SentenceContext context, int trigger, EventType type)
    {
        var tokens = context.Tokens;
        var between = false;
        for (var i = trigger + 1; i <= Math.Min(context.Last, trigger + PrepositionReach); i++)
        {
            var word = tokens[i].Lower;
            var role = Places.Contains(word) ? Place : Moves.Contains(type) && word is "to" or "into" ? "destination" : Moves.Contains(type) && word == "from" ? "origin" : null;
            if (role is not null && PhraseAfter(context, i) is { } phrase && IsPlace(context, phrase, i))
            {
                yield return phrase.As(role);
                var last = phrase;
                while (PlaceAfterAnd(context, last) is { } next)
                {
                    yield return next.As(role);
                    last = next;
                }
                yield break;
            }
            // "killed in Kestrel attacks in Kell": a place after another event's word is where that one happened.
            // "a battle between troops and rebels in the market": the sides joined by "and" are one phrase.
            between |= word == "between";
            if (word == "and" && between)
                continue;
            if (ClauseBreaks.Contains(word) || context.TriggerAt(i) is { } other && other != type)
                yield break;
        }
    }

    /// <summary>
    /// Whether a phrase after a preposition can be a place: not a count ("in two days", "at least six"), not an act
    /// ("aimed at countering", "in a gun battle"), not a time.
    /// </summary>
    private static bool IsPlace(SentenceContext context, Candidate phrase, int preposition)
    {
        var tokens = context.Tokens;
        var head = preposition + 1;
        while (head < context.Last && tokens[head + 1].End <= phrase.End)
            head++;
        return IsHead(tokens[head]) && tokens[preposition + 1].Lower != "least" && !tokens[preposition + 1].Lower.EndsWith("ing", StringComparison.Ordinal)
            && !char.IsDigit(tokens[head].Lower[0]) && !NotPlaces.Contains(tokens[head].Lower) && EventLexicon.Find("", tokens[head].Lower) is null;
    }

    /// <summary>Heads after "in" or "at" that tell how or when, not where: "at one", "in advance", "in response", "in emergency session".</summary>
    private static readonly HashSet<string> NotPlaces =
    [
        "one", "once", "all", "first", "advance", "response", "retaliation", "support", "part", "turn", "total", "particular", "person",
        "session", "time", "times", "addition", "fact", "order", "case", "effect", "general", "public", "return", "exchange", "connection", "revenge",
    ];

    /// <summary>"in Badia al-Sukhnah and Badia al-Sham": a named place joined to the one before.</summary>
    private static Candidate? PlaceAfterAnd(SentenceContext context, Candidate place)
    {
        var tokens = context.Tokens;
        var and = context.First;
        while (and <= context.Last && tokens[and].Start < place.End)
            and++;
        return and < context.Last && tokens[and].Lower == "and" && (tokens[and + 1].Capitalised || tokens[and + 1].Lower == "the" && and + 1 < context.Last && tokens[and + 2].Capitalised)
            ? PhraseAfter(context, and) : null;
    }

    private static bool AfterPlaceWord(SentenceContext context, int start)
    {
        var i = context.Last;
        while (i >= context.First && context.Tokens[i].Start >= start)
            i--;
        if (i > context.First && context.Tokens[i].Lower is "the")
            i--;
        return i >= context.First && Places.Contains(context.Tokens[i].Lower);
    }

    private static bool IsPeople(WordToken token) => VictimsReader.People.Contains(token.Lower) || Bodies.Contains(token.Lower);

    /// <summary>A word that can end a noun phrase: a content word, a name or a number, not a break.</summary>
    private static bool IsHead(WordToken token) => token.IsWord && !PhraseBreaks.Contains(token.Lower) && !Openers.Contains(token.Lower)
        && !Pronouns.Contains(token.Lower) && !Nobody.Contains(token.Lower) && (token.Capitalised || !StopWords.Contains(token.Lower)) && !Times.Contains(token.Lower)
        && !token.Lower.EndsWith("ly", StringComparison.Ordinal) && !Particles.Contains(token.Lower);

    /// <summary>"flew back", "blew himself up": particles of a verb, not phrases.</summary>
    private static readonly HashSet<string> Particles = ["back", "away", "out", "off", "up", "down"];

    /// <summary>Words of time, which say when, never who or where: "last week", "in June".</summary>
    private static readonly HashSet<string> Times =
    [
        "today", "yesterday", "tomorrow", "week", "weeks", "month", "months", "year", "years", "day", "days", "hour", "hours", "minutes", "ago", "last", "next",
        "night", "morning", "evening", "afternoon", "weekend", "noon", "midnight", "dawn", "dusk", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "recent", "earlier",
    ];

    /// <summary>The phrase from <paramref name="first"/> to <paramref name="head"/>, widened left (not past <paramref name="floor"/>) over the words that open or count it ("three other Russian").</summary>
    private static Candidate Phrase(SentenceContext context, int first, int head, int floor)
    {
        var tokens = context.Tokens;
        // "six NATO service members": a noun before the head widens it until a word opens or counts the phrase.
        var counted = false;
        while (first - 1 >= floor && head - first + 1 < PhraseWords + 2 && tokens[first - 1].IsWord && !PhraseBreaks.Contains(tokens[first - 1].Lower)
            && (Openers.Contains(tokens[first - 1].Lower) || tokens[first - 1].Capitalised || char.IsDigit(tokens[first - 1].Lower[0]) || tokens[first - 1].Lower.Contains('-', StringComparison.Ordinal)
                || IsPeople(tokens[first - 1]) || !counted && Modifier(tokens[first - 1])))
        {
            if (Times.Contains(tokens[first - 1].Lower))
                break;
            first--;
            // Nothing before "the" or "a" belongs to the phrase: "On Monday a suicide bomber".
            if (Determiners.Contains(tokens[first].Lower))
                break;
            counted |= Openers.Contains(tokens[first].Lower) || char.IsDigit(tokens[first].Lower[0]);
        }
        while (tokens[first].Lower is "the" or "a" or "an" && first < head)
            first++;
        // "at least 42 people", as the count reads.
        if (tokens[first].Lower == "least" && first - 1 >= floor && tokens[first - 1].Lower == "at")
            first--;
        return new Candidate(tokens[first].Start, tokens[head].End, ActorType.Unknown, Named: false, context, null);
    }

    /// <summary>A lower-case word that can qualify a noun: not a verb form, nor a word naming an event.</summary>
    private static bool Modifier(WordToken token) => Noun(token) && !token.Lower.EndsWith('s') && EventLexicon.Find("", token.Lower) is null;

    /// <summary>True when no preposition stands between two offsets of the sentence but, right at the start, one of <paramref name="linking"/> (null: any may).</summary>
    private static bool Linked(SentenceContext context, int from, int to, string[]? linking)
    {
        if (linking is null)
            return true;
        var first = true;
        for (var i = context.First; i <= context.Last && context.Tokens[i].Start < to; i++)
        {
            if (context.Tokens[i].Start < from)
                continue;
            var word = context.Tokens[i].Lower;
            if (Prepositions.Contains(word) && !(first && linking.Contains(word)))
                return false;
            first = false;
        }
        return true;
    }

    /// <summary>A trigger used as a verb: a past form ("killed", "shot") or a present participle not after an article ("killing six").</summary>
    private static bool IsVerb(IReadOnlyList<WordToken> tokens, int trigger, int first, int last)
    {
        var word = tokens[trigger].Lower;
        return word.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(word) || trigger > first && tokens[trigger - 1].Lower == "to" || ThirdPerson.Contains(word) && Predicates(tokens, trigger, first, last)
            || word.EndsWith("ing", StringComparison.Ordinal) && trigger > first && tokens[trigger - 1].Lower is "," or "by" or "after" or "before" or "while" or "were" or "was" or "are" or "is" or "been";
    }

    /// <summary>Events done to someone, whose past form after a noun with no object is passive: "six members killed", "an Afghani injured".</summary>
    private static readonly HashSet<EventType> Undergoing = [EventTypes.Kill, EventTypes.Injure, EventTypes.Arrest, EventTypes.Release, EventTypes.Charge, EventTypes.Convict];

    private static bool ReducedPassive(IReadOnlyList<WordToken> tokens, int trigger, int last) =>
        tokens[trigger].Lower.EndsWith("ed", StringComparison.Ordinal) && (trigger == last || !IsHead(tokens[trigger + 1]) && !Openers.Contains(tokens[trigger + 1].Lower) && !char.IsDigit(tokens[trigger + 1].Lower[0]));

    /// <summary>A participant that is a weapon, the instrument of the event: "the bomb exploded", "drones".</summary>
    private static bool IsWeapon(SentenceContext context, Candidate who)
    {
        var index = context.Last;
        while (index > context.First && (context.Tokens[index].End > who.End || !context.Tokens[index].IsWord))
            index--;
        var head = context.Tokens[index];
        return EventLexicon.NamesParticipant(head.Lower) && !Bodies.Contains(head.Lower) && !VictimsReader.People.Contains(head.Lower)
            && !head.Lower.EndsWith("ers", StringComparison.Ordinal) && !head.Lower.EndsWith("men", StringComparison.Ordinal) && !head.Lower.EndsWith("man", StringComparison.Ordinal) && !head.Lower.EndsWith("ors", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> IrregularPast = ["shot", "hit", "struck", "held", "hurt", "taken", "met", "fled", "flew", "sold", "bought", "fought", "stole", "blew", "blown", "drove", "rode"];

    /// <summary>Present forms that are as often plural nouns: "IED kills general" but "the attacks continued".</summary>
    private static readonly HashSet<string> ThirdPerson = ["kills", "meets", "attacks"];

    /// <summary>A present form used as a verb: not after a word that opens a noun phrase, and followed by its object.</summary>
    private static bool Predicates(IReadOnlyList<WordToken> tokens, int trigger, int first, int last) =>
        trigger < last && (tokens[trigger + 1].Capitalised || Openers.Contains(tokens[trigger + 1].Lower) || char.IsDigit(tokens[trigger + 1].Lower[0]))
        && (trigger == first || !Openers.Contains(tokens[trigger - 1].Lower) && !Prepositions.Contains(tokens[trigger - 1].Lower) && IsHead(tokens[trigger - 1]));

    private static readonly HashSet<string> Prepositions =
        ["of", "in", "at", "on", "to", "from", "with", "by", "for", "into", "near", "after", "before", "during", "since", "as", "than", "over", "that", "which", "against"];

    /// <summary>True when a clause break (a comma, "and", "after") stands between two offsets of the sentence.</summary>
    private static bool Broken(SentenceContext context, int from, int to)
    {
        for (var i = context.First; i <= context.Last && context.Tokens[i].Start < to; i++)
        {
            if (context.Tokens[i].Start >= from && ClauseBreaks.Contains(context.Tokens[i].Lower))
                return true;
        }
        return false;
    }

    /// <summary>"were killed", "was detained", "have been arrested": an auxiliary of the passive just before the trigger.</summary>
    private static bool Passive(IReadOnlyList<WordToken> tokens, int trigger, int first) =>
        (tokens[trigger].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[trigger].Lower is "shot" or "hit" or "struck" or "held" or "hurt" or "taken")
        && Enumerable.Range(1, 2).Any(back => trigger - back >= first && Auxiliaries.Contains(tokens[trigger - back].Lower));

    private static bool ByBefore(SentenceContext context, Candidate candidate)
    {
        var index = context.Last;
        while (index >= context.First && context.Tokens[index].End > candidate.Start)
            index--;
        if (index >= context.First && context.Tokens[index].Lower is "the" or "a" or "an")
            index--;
        return index >= context.First && context.Tokens[index].Lower == "by";
    }

    /// <param name="Name">The actor a pronoun stands for; null: the words themselves.</param>
    private sealed record Candidate(int Start, int End, ActorType Type, bool Named, SentenceContext Context, string? Name)
    {
        public Participant As(string role) => new(Name ?? Context.Article.Text[Start..End], Type, role, Context.Article.Evidence(Start, End));
    }
}
