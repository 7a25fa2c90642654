using Triangulate.Web;

// `dotnet run --project src/Triangulate.Web -- --Triangulate:Db=PATH`; `triangulate serve` is the usual way in.
WebServer.Build(WebApplication.CreateBuilder(args)).Run();

/// <summary>The entry point, public for WebApplicationFactory.</summary>
public partial class Program;
