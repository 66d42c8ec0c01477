using Posyandu.Host.Hosting;
using Posyandu.SharedKernel.Modules;

var command = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArguments);
if (command.SeedDemo)
{
    builder.Configuration["Demo:Seed"] = "true";
}

var modules = PosyanduModules.All();
builder.AddPosyanduHost(modules);

var app = builder.Build();
await app.Services.InitializeModulesAsync();

if (command.RebuildModule is { } module)
{
    return await Maintenance.RebuildReadModelsAsync(app.Services, module);
}

app.UsePosyanduHost(modules);
app.UsePosyanduSignIn();
await app.RunAsync();
return 0;
