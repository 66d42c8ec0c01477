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
if (command.IsBackupCommand)
{
    return await app.RunBackupCommandAsync(command); // before start-up: a restore must copy before the modules open their files
}

await app.Services.InitializeModulesAsync();

if (command.RebuildModule is { } module)
{
    return await Maintenance.RebuildReadModelsAsync(app.Services, module);
}

app.UsePosyanduHost(modules);
app.UsePosyanduSignIn();
await app.RunAsync();
return 0;
