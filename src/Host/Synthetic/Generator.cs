using Bogus;
using MediatR;
using Posyandu.Registry.Features.Households;
using Posyandu.Registry.Features.Kader;
using Posyandu.Registry.Features.PosyanduSites;
using Posyandu.Registry.Features.Regions;
using Posyandu.Registry.Features.Residents;
using Posyandu.Registry.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.Host.Synthetic;

/// <summary>
/// Writes a synthetic Kaltim through the modules' own commands, in-process on the real host composition: first the
/// registry's (Posyandu, kader, households, residents), then every sector's records (<see cref="Sectors"/>, each module's own writer) once the
/// sectors' replicas of the registry are filled. Commands go through the real pipeline a few hundred per transaction
/// (<see cref="CommandBatch{TContext}"/>), and the outboxes are dispatched while they are written
/// (<see cref="OutboxPump"/>), so every module's and Reporting's read models are exactly what the events make them.
/// Deterministic for a seed and a day (same people, same records; ids differ): each phase draws from its own seeded
/// generator. One engine for the generator CLI (tools/Posyandu.Generator) and the host's demo dataset
/// (<see cref="DemoDataSeeding"/>); <paramref name="progress"/> shows each step (the CLI's console bar) or nothing.
/// </summary>
public sealed class Generator(IServiceProvider services, Scale scale, int seed, DateOnly today, int months, bool pipeline, ProgressFactory? progress = null)
{
    private readonly ProgressFactory _progress = progress ?? NoProgress.Factory;

    private readonly SyntheticIdentities _people = new(new Faker("id_ID") { Random = new Randomizer(seed) });
    private readonly PhaseClock _clock = new();

    /// <summary>Three kader per Posyandu, by the sectors each serves.</summary>
    private static readonly string[][] KaderPerPosyandu = [["health"], ["health", "education"], ["social", "housing", "publicworks", "generaleducation", "trantibumlinmas"]];

    /// <summary>
    /// The sector modules written after the registry, in the host's module order: every <see cref="ISectorWriter"/>
    /// the modules declare in their own folders (a new sector adds its writer there, not here).
    /// </summary>
    private IReadOnlyList<ISectorWriter> Sectors => SectorWriters.Of(services.GetRequiredService<ModuleCatalog>());

    /// <summary>Whether the registry holds any Posyandu, active or not (the generator writes only into an empty one).</summary>
    public static async Task<bool> RegistryHasPosyanduAsync(IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var sites = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListPosyandu(null, IncludeInactive: true), ct);
        return sites.Count > 0;
    }

    public async Task<Summary> RunAsync(CancellationToken ct)
    {
        if (await RegistryHasPosyanduAsync(services, ct))
        {
            throw new InvalidOperationException("The registry already holds Posyandu: generate into an empty data directory.");
        }

        var villages = await VillagesAsync(ct);
        var first = Period.Of(today);
        for (var i = 1; i < months; i++)
        {
            first = first.Previous();
        }

        var roster = new Roster { From = first.FirstDay, Today = today };
        using var registry = new OutboxPump(services, ["registry"]);
        StartIf(pipeline, registry);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var households = await RegisterAsync(villages, roster, ct);
        _clock.Record("registry: households (commands)", households, "households", watch.Elapsed);
        _clock.Record("registry: residents (commands)", roster.Members.Count, "residents", watch.Elapsed);
        await registry.DrainAsync();
        _clock.Record("registry: writing + delivery to the replicas and Reporting", registry.Delivered, "events", watch.Elapsed);
        _clock.Record("registry: dispatcher busy", registry.Delivered, "events", registry.Busy);
        var failed = registry.Failed;

        var written = new List<(string Kind, long Count)>();
        foreach (var sector in Sectors)
        {
            using var pump = new OutboxPump(services, [sector.Module]);
            StartIf(pipeline, pump);
            watch.Restart();
            var records = await sector.WriteAsync(new SectorWriting(services, Sampling.For(seed, sector.Stream), roster, months, _progress), ct);
            var commands = records.Where(r => !r.Kind.StartsWith("of them", StringComparison.Ordinal)).Sum(r => r.Count);
            _clock.Record($"{sector.Module}: records (commands)", commands, "records", watch.Elapsed);
            await pump.DrainAsync();
            _clock.Record($"{sector.Module}: writing + delivery to Reporting", pump.Delivered, "events", watch.Elapsed);
            _clock.Record($"{sector.Module}: dispatcher busy", pump.Delivered, "events", pump.Busy);
            written.AddRange(records);
            failed += pump.Failed;
        }

        return new Summary(villages.Count, villages.Count * KaderPerPosyandu.Length, households, roster.Members.Count, roster.UnderFives.Count(), written, _clock.Phases, failed);
    }

    /// <summary>Pipelined (the default), a module's outbox is delivered while it is written; otherwise after (to measure each on its own).</summary>
    private static void StartIf(bool pipeline, OutboxPump pump)
    {
        if (pipeline)
        {
            pump.Start();
        }
    }

    private async Task<int> RegisterAsync(List<string> villages, Roster roster, CancellationToken ct)
    {
        var population = new Population(_people, today);
        var bar = _progress("registry: households", (long)villages.Count * scale.HouseholdsPerVillage);
        var households = 0;
        await using var commands = new CommandBatch<RegistryDbContext>(services);
        foreach (var village in villages)
        {
            var faker = _people.Faker;
            var serviceDay = faker.Random.Int(1, 28);
            var site = await commands.SendAsync(new RegisterPosyandu(
                _people.PosyanduName(), village, null, faker.Address.StreetAddress(), _people.Rt(), _people.Rt(), null, null,
                serviceDay, faker.PickRandom("pratama", "madya", "purnama", "mandiri")), ct);
            foreach (var sectors in KaderPerPosyandu)
            {
                await commands.SendAsync(new RegisterKader(
                    _people.Nik(village, today.AddYears(-faker.Random.Int(20, 55)), Sex.Female), _people.FullName(Sex.Female), _people.Phone(), site.Id, sectors), ct);
            }

            for (var h = 0; h < scale.HouseholdsPerVillage; h++)
            {
                var household = await commands.SendAsync(new RegisterHousehold(
                    _people.Kk(village), faker.Address.StreetAddress(), _people.Rt(), _people.Rt(), village, site.Id), ct);
                var family = population.Family(village).ToList();
                roster.Households.Add(new Dwelling(household.Id, village, family.Count));
                foreach (var person in family)
                {
                    var registered = await commands.SendAsync(new RegisterResident(
                        person.Nik, null, person.Name, person.Sex.ToApi(), person.BirthDate, household.Id, person.Relation), ct);
                    roster.Members.Add(new Member(registered.Resident.Id, person.Sex, person.BirthDate, person.Relation, village, serviceDay));
                }

                households++;
                bar.Advance();
            }
        }

        await commands.CommitAsync(ct);
        bar.Finish();
        return households;
    }

    /// <summary>
    /// The scale's villages in code order, every <see cref="Scale.VillageStep"/>-th of them, found through the
    /// registry's own region queries (the engine reads no module's tables).
    /// </summary>
    private async Task<List<string>> VillagesAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var villages = new List<string>();
        var below = new Queue<string>([scale.RegionPrefix]);
        while (below.TryDequeue(out var parent))
        {
            foreach (var region in await mediator.Send(new ListChildRegions(parent), ct))
            {
                if (region.Level == "village")
                {
                    villages.Add(region.Code);
                }
                else
                {
                    below.Enqueue(region.Code);
                }
            }
        }

        villages.Sort(StringComparer.Ordinal);
        return villages.Where((_, i) => i % scale.VillageStep == 0).ToList();
    }
}

/// <summary>What a generation wrote: the registry's counts, each sector's records per kind, the phases' times, and deliveries that failed (to be retried by the host).</summary>
public sealed record Summary(int Villages, int Kader, int Households, int Residents, int UnderFives, IReadOnlyList<(string Kind, long Count)> Records, IReadOnlyList<Phase> Phases, long FailedDeliveries);
