using Triangulate.Evaluation.Synthetic.Pages.Templates;

namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>Every page template: the outlets that republish wire copy, and the agencies' own sites.</summary>
public static class PageTemplates
{
    public static readonly IReadOnlyList<PageTemplate> All =
    [
        new MapleLedgerTemplate(), new HarbourChronicleTemplate(), new KestrelDailyTemplate(), new RiverbendGazetteTemplate(),
        new PinecrestHeraldTemplate(), new LanternPostTemplate(), new SaltmarshTimesTemplate(), new NorthgateObserverTemplate(),
        new LotusBayTimesTemplate(), new TidewaterRecordTemplate(), new CopperfieldSentinelTemplate(), new FenwickStarTemplate(),
        new WireDeskTemplate(), new NewsroomTemplate(),
    ];

    public static IReadOnlyList<PageTemplate> Outlets { get; } = All.Where(t => t.AgencySite is null).ToList();

    /// <summary>The agency's own site, if it has one among the templates.</summary>
    public static PageTemplate? SiteOf(string agency) => All.FirstOrDefault(t => t.AgencySite == agency);
}
