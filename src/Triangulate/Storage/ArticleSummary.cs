using Triangulate.Ingest;

namespace Triangulate.Storage;

/// <summary>What a list of articles shows of each: its id, title, outlet and publication time, read without its text.</summary>
public sealed record ArticleSummary(string Id, string Title, Outlet? Outlet, PublicationTime? Published);
