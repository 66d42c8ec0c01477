using System.Globalization;
using Posyandu.Bench;

// dotnet run -c Release --project bench/Posyandu.Bench -- outbox-lag [events] [rate/s] [burst concurrency]
// dotnet run -c Release --project bench/Posyandu.Bench -- upload-memory [MB]
// dotnet run -c Release --project bench/Posyandu.Bench -- zscores
// dotnet run -c Release --project bench/Posyandu.Bench -- crash [kills] [writers] [children to weigh] [seed]
// dotnet run -c Release --project bench/Posyandu.Bench -- import [--residents N] [--measurements M] [--warmup W] [--Host:Setting=value ...]
//   (default 100,000 residents ≈ 25,000 households; --measurements imports M e-PPGBM measurements instead, for children it registers first;
//    --warmup imports W residents first, unmeasured, so the figures are the JIT's steady state)
// dotnet run -c Release --project bench/Posyandu.Bench -- e2e <generated data folder> [seconds] [clients] [--Host:Setting=value ...]
var command = args.FirstOrDefault() ?? "outbox-lag";
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

switch (command)
{
    case "outbox-lag":
        await OutboxLagBench.RunAsync(events: Arg(1, 2000), ratePerSecond: Arg(2, 100), burstConcurrency: Arg(3, 8));
        break;
    case "zscores":
        ZScoreBenchmark.Run();
        break;
    case "upload-memory":
        await UploadMemoryBench.RunAsync(megabytes: Arg(1, 20));
        break;
    case "crash":
        return await CrashBench.RunAsync(kills: Arg(1, 20), clients: Arg(2, 8), children: Arg(3, 600), seed: Arg(4, 22));
    case "import":
        int Option(string name, int fallback) => args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(fallback);
        await ImportBench.RunAsync(residents: Option("--residents", 100_000), measurements: Option("--measurements", 0), warmup: Option("--warmup", 0),
            hostSettings: args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToList());
        break;
    case "e2e":
        return await EndToEndBench.RunAsync(Path.GetFullPath(args.Length > 1 ? args[1] : "data-small"), seconds: Arg(2, 20), clients: Arg(3, 16), hostSettings: args.Skip(4).ToList());
    default:
        Console.Error.WriteLine("Benchmarks: outbox-lag [events] [rate/s] [burst concurrency] | upload-memory [MB] | zscores | crash [kills] [writers] [children] [seed] | import [--residents N] [--measurements M] | e2e <data folder> [seconds] [clients]");
        return 2;
}

return 0;
