using Microsoft.AspNetCore.Mvc;

namespace Triangulate.Web.Views;

/// <summary>
/// The query string a list takes, bound by name so that the OpenAPI document lists it; every value is taken as text
/// and checked by <see cref="ListFilters.Parse"/>, which says what is wrong with it. (No [Description] here: the
/// OpenAPI generator of ASP.NET Core 10 fails on attributes read through [AsParameters].)
/// </summary>
/// <param name="Q">Words in a story's title; for actors, a name the actor goes by.</param>
/// <param name="From">Stories seen, or events dated, on or after this ISO 8601 date or time.</param>
/// <param name="To">Stories seen, or events dated, on or before this ISO 8601 date (the whole day) or time.</param>
/// <param name="Outlet">Stories with an article from this outlet (any case).</param>
/// <param name="Actor">Stories mentioning, or events with, this actor (an id or a name it goes by).</param>
/// <param name="Type">An event type (meet, attack, statement, ...): events of it, or stories holding such an event.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="Size">Items a page, 1 to 200 (50 when not given).</param>
public sealed record ListQuery(
    [FromQuery(Name = "q")] string? Q = null,
    [FromQuery(Name = "from")] string? From = null,
    [FromQuery(Name = "to")] string? To = null,
    [FromQuery(Name = "outlet")] string? Outlet = null,
    [FromQuery(Name = "actor")] string? Actor = null,
    [FromQuery(Name = "type")] string? Type = null,
    [FromQuery(Name = "page")] string? Page = null,
    [FromQuery(Name = "size")] string? Size = null);
