using Posyandu.Host.Hosting;
using Posyandu.SharedKernel.Modules;

var builder = WebApplication.CreateBuilder(args);
var modules = PosyanduModules.All();
builder.AddPosyanduHost(modules);

var app = builder.Build();
await app.Services.InitializeModulesAsync();

// `dotnet run --project src/Host -- rebuild-read-models reporting`: rebuild a module's read models and exit.
if (args is ["rebuild-read-models", var module, ..])
{
    return await Maintenance.RebuildReadModelsAsync(app.Services, module);
}

app.UsePosyanduHost(modules);
await app.RunAsync();
return 0;
