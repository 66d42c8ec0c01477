using Posyandu.Host.Hosting;
using Posyandu.SharedKernel.Modules;

var builder = WebApplication.CreateBuilder(args);
var modules = PosyanduModules.All();
builder.AddPosyanduHost(modules);

var app = builder.Build();
await app.Services.InitializeModulesAsync();
app.UsePosyanduHost(modules);
await app.RunAsync();
