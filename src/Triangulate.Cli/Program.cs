using Triangulate.Cli;

return await CliRoot.RunAsync(CliRoot.Create(), args);
