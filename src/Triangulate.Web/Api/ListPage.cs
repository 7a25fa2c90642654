using Triangulate.Storage;

namespace Triangulate.Web.Api;

/// <summary>One page of a list as the API returns it: the items, how many match in all, the page (from 1) and its size.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size)
{
    public static ListPage<T> Of(Page<T> page) => new(page.Items, page.Total, page.Number, page.Size);
}
