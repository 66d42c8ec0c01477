using Bogus;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Posyandu.Registry.Features.Households;
using Posyandu.Registry.Features.Kader;
using Posyandu.Registry.Features.PosyanduSites;
using Posyandu.Registry.Features.Residents;
using Posyandu.Registry.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Registry.Demo;

/// <summary>
/// <c>dotnet run --project src/Host -- --seed-demo</c> (configuration <c>Demo:Seed=true</c>): a small, realistic,
/// deterministic dataset for a newcomer — 300 Posyandu (<c>Demo:Posyandu</c>) in villages across Kaltim, two kader
/// each, 1,000 households (<c>Demo:Households</c>)
/// and their residents with NIKs that agree with their district, birth date and sex, and Indonesian names. Written
/// through the registry's own commands, so every event reaches the other modules. Runs only on an empty registry.
/// </summary>
internal sealed partial class DemoSeeder(IConfiguration configuration, RegistryDbContext db, IMediator mediator, ILogger<DemoSeeder> logger)
    : IModuleStartupTask
{
    private static readonly DateOnly Today = new(2026, 11, 1);
    private readonly SyntheticIdentities _people = new(new Faker("id_ID") { Random = new Randomizer(64) });

    private Faker _faker => _people.Faker;

    /// <summary>After the regions are seeded.</summary>
    public int Order => 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Demo:Seed", false) || await db.Posyandu.AnyAsync(cancellationToken))
        {
            return;
        }

        var posyanduCount = configuration.GetValue("Demo:Posyandu", 300);
        var householdCount = configuration.GetValue("Demo:Households", 1000);
        var villages = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Village).OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(cancellationToken);
        var chosen = _faker.Random.ListItems(villages, posyanduCount).Order(StringComparer.Ordinal).ToList();
        var posyandu = new List<(Guid Id, string Village)>();
        foreach (var village in chosen)
        {
            var site = await mediator.Send(new RegisterPosyandu(
                _people.PosyanduName(), village, null, _faker.Address.StreetAddress(), _people.Rt(), _people.Rt(), null, null,
                _faker.Random.Int(1, 28), _faker.PickRandom("pratama", "madya", "purnama", "mandiri")), cancellationToken);
            posyandu.Add((site.Id, village));
            foreach (var sectors in new[] { new[] { "health" }, new[] { "education", "social" } })
            {
                await mediator.Send(new RegisterKader(_people.Nik(village, Birth(20, 55), SharedKernel.Domain.Sex.Female), _people.FullName(SharedKernel.Domain.Sex.Female),
                    _people.Phone(), site.Id, sectors), cancellationToken);
            }
        }

        var residents = 0;
        for (var h = 0; h < householdCount; h++)
        {
            var (posyanduId, village) = posyandu[h % posyandu.Count];
            var household = await mediator.Send(new RegisterHousehold(_people.Kk(village), _faker.Address.StreetAddress(), _people.Rt(), _people.Rt(), village, posyanduId), cancellationToken);
            residents += await AddFamilyAsync(household.Id, village, cancellationToken);
            db.ChangeTracker.Clear(); // saved already; keep the change tracker small
        }

        LogSeeded(logger, posyandu.Count, posyandu.Count * 2, householdCount, residents);
    }

    private async Task<int> AddFamilyAsync(Guid household, string village, CancellationToken ct)
    {
        var surname = _faker.Name.LastName();
        var members = new List<(Sex Sex, DateOnly Birth, string Relation)>
        {
            (SharedKernel.Domain.Sex.Male, Birth(24, 60), "kepala-keluarga"),
            (SharedKernel.Domain.Sex.Female, Birth(20, 50), "istri"),
        };
        var children = _faker.Random.Int(0, 4);
        for (var c = 0; c < children; c++)
        {
            // Young families: about half the children are under five.
            members.Add((_faker.PickRandom(SharedKernel.Domain.Sex.Male, SharedKernel.Domain.Sex.Female), Birth(0, _faker.Random.Bool() ? 5 : 17), "anak"));
        }

        foreach (var (sex, birth, relation) in members)
        {
            await mediator.Send(new RegisterResident(_people.Nik(village, birth, sex), null, $"{_people.FirstName(sex)} {surname}",
                sex.ToApi(), birth, household, relation), ct);
        }

        return members.Count;
    }

    private DateOnly Birth(int youngest, int oldest) =>
        Today.AddDays(-_faker.Random.Int((youngest * 365) + 1, (oldest * 365) + 364));

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Posyandu} Posyandu, {Kader} kader, {Households} households, {Residents} residents")]
    private static partial void LogSeeded(ILogger logger, int posyandu, int kader, int households, int residents);
}
