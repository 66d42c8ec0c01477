using System.Diagnostics;
using System.Globalization;
using Posyandu.Generator;
using Posyandu.Host.Hosting;
using Posyandu.Host.Synthetic;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Time;

// dotnet run -c Release --project tools/Posyandu.Generator -- --scale small|regency|kaltim [--seed 64] [--data data-kaltim] [--months 12] [--pipeline on|off]
// Then: dotnet run -c Release --project src/Host -- --Database:DataDirectory=<the same folder>
string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

var scale = Scale.Find(Option("scale", "small"));
if (scale is null)
{
    Console.Error.WriteLine($"--scale is one of: {string.Join(", ", Scale.All.Select(s => s.Name))}");
    return 2;
}

var seed = int.Parse(Option("seed", "64"), CultureInfo.InvariantCulture);
var months = int.Parse(Option("months", "12"), CultureInfo.InvariantCulture);
var pipeline = Option("pipeline", "on") != "off";
var data = Path.GetFullPath(Option("data", $"data-{scale.Name}"));
var today = new LocalTimeProvider(TimeProvider.System, LocalTimeProvider.Wita).Today();

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:DataDirectory"] = data,
    ["Hangfire:Server:Enabled"] = "false",  // the generator dispatches the outbox itself, in order
    ["Logging:LogLevel:Default"] = "Warning",
    ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
});
var modules = PosyanduModules.All();
builder.AddPosyanduHost(modules);
await using var app = builder.Build();
await app.Services.InitializeModulesAsync();

Console.WriteLine($"Generating scale '{scale.Name}' (villages under {scale.RegionPrefix}{(scale.VillageStep > 1 ? $", every {scale.VillageStep}th" : "")}, {scale.HouseholdsPerVillage} households each), seed {seed}, {months} months up to {today:yyyy-MM-dd}, into {data}");
var watch = Stopwatch.StartNew();
var summary = await new Generator(app.Services, scale, seed, today, months, pipeline, (step, total) => new ProgressBar(step, total)).RunAsync(CancellationToken.None);
Console.WriteLine();
Console.WriteLine("| phase | written | time | rate |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var phase in summary.Phases)
{
    Console.WriteLine($"| {phase.Name} | {phase.Count:N0} {phase.Unit} | {phase.Time.TotalSeconds:N1} s | {phase.Rate:N0} {phase.Unit}/s |");
}

Console.WriteLine($"Done in {watch.Elapsed:hh\\:mm\\:ss}: {summary.Villages:N0} Posyandu/villages, {summary.Households:N0} households, {summary.Residents:N0} residents, {summary.UnderFives:N0} under-fives; "
                  + string.Join(", ", summary.Records.Select(r => $"{r.Count:N0} {r.Kind}")) + ".");
Console.WriteLine($"Run the host on it: dotnet run --project src/Host -- --Database:DataDirectory={data}");
return 0;
