namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>Which half of the templates a page belongs to: settings are chosen on the fit half and reported on the held-out half.</summary>
public enum PageHalf
{
    Fit,
    HeldOut,
}
