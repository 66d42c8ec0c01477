using Bogus;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Health.Features.ChildVisits;
using Posyandu.Registry.Demo;
using Posyandu.Registry.Features.Households;
using Posyandu.Registry.Features.Kader;
using Posyandu.Registry.Features.PosyanduSites;
using Posyandu.Registry.Features.Residents;
using Posyandu.Registry.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Generator;

/// <summary>
/// Writes a synthetic Kaltim through the modules' own commands, in-process on the real host composition: the
/// registry's (Posyandu, kader, households, residents), then a year of Posyandu days through Health's
/// RecordChildVisit. The outbox is dispatched as the host would, so Health's and Reporting's read models are
/// exactly what the events make them. Deterministic for a seed (same people, same measurements; ids differ).
/// </summary>
internal sealed class Generator(IServiceProvider services, Scale scale, int seed, DateOnly today, int months)
{
    private readonly SyntheticIdentities _people = new(new Faker("id_ID") { Random = new Randomizer(seed) });
    private readonly List<(Guid Id, Sex Sex, DateOnly Born, int ServiceDay)> _underFives = [];

    public async Task<Summary> RunAsync(CancellationToken ct)
    {
        var villages = await VillagesAsync(ct);
        var population = new Population(_people, today);
        var residents = 0;
        var registry = new ProgressBar("registry: households", (long)villages.Count * scale.HouseholdsPerVillage);
        foreach (var village in villages)
        {
            await using var scope = services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var faker = _people.Faker;
            var serviceDay = faker.Random.Int(1, 28);
            var site = await mediator.Send(new RegisterPosyandu(
                _people.PosyanduName(), village, null, faker.Address.StreetAddress(), _people.Rt(), _people.Rt(), null, null,
                serviceDay, faker.PickRandom("pratama", "madya", "purnama", "mandiri")), ct);
            foreach (var sectors in new[] { new[] { "health" }, ["health", "education"], ["social", "housing", "publicworks", "generaleducation"] })
            {
                await mediator.Send(new RegisterKader(
                    _people.Nik(village, today.AddYears(-faker.Random.Int(20, 55)), Sex.Female), _people.FullName(Sex.Female), _people.Phone(), site.Id, sectors), ct);
            }

            for (var h = 0; h < scale.HouseholdsPerVillage; h++)
            {
                var household = await mediator.Send(new RegisterHousehold(
                    _people.Kk(village), faker.Address.StreetAddress(), _people.Rt(), _people.Rt(), village, site.Id), ct);
                foreach (var person in population.Family(village))
                {
                    var registered = await mediator.Send(new RegisterResident(
                        person.Nik, null, person.Name, person.Sex.ToApi(), person.BirthDate, household.Id, person.Relation), ct);
                    residents++;
                    if (today.DayNumber - person.BirthDate.DayNumber < 5 * 365 + 1)
                    {
                        _underFives.Add((registered.Resident.Id, person.Sex, person.BirthDate, serviceDay));
                    }
                }

                scope.ServiceProvider.GetRequiredService<RegistryDbContext>().ChangeTracker.Clear();
                registry.Advance();
            }
        }

        registry.Finish();
        await DispatchAsync("registry", ct);
        var visits = await RecordVisitsAsync(ct);
        await DispatchAsync("health", ct);
        return new Summary(villages.Count, villages.Count * scale.HouseholdsPerVillage, residents, _underFives.Count, visits);
    }

    private async Task<int> RecordVisitsAsync(CancellationToken ct)
    {
        var growth = new GrowthModel(_people.Faker);
        var bar = new ProgressBar("health: children", _underFives.Count);
        var first = Period.Of(today);
        for (var i = 1; i < months; i++)
        {
            first = first.Previous();
        }

        var (recorded, children) = (0, 0);
        foreach (var (id, sex, born, serviceDay) in _underFives)
        {
            var days = new List<DateOnly>();
            for (var (p, i) = (first, 0); i < months; p = p.Next(), i++)
            {
                var day = new DateOnly(p.Year, p.Month, serviceDay);
                if (day <= today)
                {
                    days.Add(day);
                }
            }

            await using var scope = services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            foreach (var visit in growth.Visits(sex, born, days))
            {
                await mediator.Send(new RecordChildVisit(id, new RecordChildVisit.Body(
                    visit.On, visit.WeightKg, visit.LengthHeightCm, visit.Position, false, null, VitaminA: visit.VitaminA)), ct);
                recorded++;
            }

            bar.Advance();
            if (++children % 2_000 == 0)
            {
                await DispatchAsync("health", ct, quiet: true); // keep the outbox short, as the running host would
            }
        }

        bar.Finish();
        return recorded;
    }

    private async Task<List<string>> VillagesAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        if (await db.Posyandu.AnyAsync(ct))
        {
            throw new InvalidOperationException("The registry already holds Posyandu: generate into an empty data directory.");
        }

        var prefix = scale.RegionPrefix + ".";
        return await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.Village && (r.Code == scale.RegionPrefix || r.Code.StartsWith(prefix)))
            .OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(ct);
    }

    private async Task DispatchAsync(string module, CancellationToken ct, bool quiet = false)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, ct);
        if (!quiet || result.Failed + result.Dead > 0)
        {
            Console.WriteLine($"{module} events: {result.Delivered:N0} delivered, {result.Failed:N0} to retry, {result.Dead:N0} dead");
        }
    }
}

internal sealed record Summary(int Villages, int Households, int Residents, int UnderFives, int Visits);
