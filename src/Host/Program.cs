using Posyandu.Host.Hosting;
using Posyandu.SharedKernel.Modules;

var builder = WebApplication.CreateBuilder(args);

// The modules this host runs. Adding a module is one line here plus the module's own folder.
var modules = new ModuleCatalog();

builder.AddPosyanduHost(modules);

var app = builder.Build();
await app.Services.InitializeModulesAsync();
app.UsePosyanduHost(modules);
await app.RunAsync();
