using Bogus;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.Host.Synthetic;

/// <summary>A synthetic person as generated, before registration.</summary>
internal sealed record Person(string Nik, string Name, Sex Sex, DateOnly BirthDate, string Relation);

/// <summary>
/// Families of a young, growing province: two parents, sometimes a grandparent, and children — about 1.1 under-fives
/// and 0.8 older children per household on average, which is what 330 k under-fives among 1.2 M people imply.
/// </summary>
internal sealed class Population(SyntheticIdentities people, DateOnly today)
{
    private Faker Faker => people.Faker;

    public IReadOnlyList<Person> Family(string village)
    {
        var surname = Faker.Name.LastName();
        var members = new List<(Sex Sex, DateOnly Birth, string Relation)>
        {
            (Sex.Male, Birth(22, 55), "kepala-keluarga"),
            (Sex.Female, Birth(19, 45), "istri"),
        };
        if (Faker.Random.Bool(0.3f))
        {
            members.Add((Faker.PickRandom(Sex.Male, Sex.Female), Birth(60, 85), "orang-tua"));
        }

        var underFives = Faker.Random.WeightedRandom([0, 1, 2], [0.25f, 0.40f, 0.35f]);
        var older = Faker.Random.WeightedRandom([0, 1, 2], [0.45f, 0.30f, 0.25f]);
        for (var i = 0; i < underFives; i++)
        {
            members.Add((RandomSex(), BirthDays(0, 5 * 365 - 1), "anak"));
        }

        for (var i = 0; i < older; i++)
        {
            members.Add((RandomSex(), Birth(5, 17), "anak"));
        }

        return members.Select(m => new Person(people.Nik(village, m.Birth, m.Sex), $"{people.FirstName(m.Sex)} {surname}", m.Sex, m.Birth, m.Relation)).ToList();
    }

    private Sex RandomSex() => Faker.PickRandom(Sex.Male, Sex.Female);

    private DateOnly Birth(int youngestYears, int oldestYears) => BirthDays(youngestYears * 365 + 1, oldestYears * 365 + 364);

    private DateOnly BirthDays(int youngestDays, int oldestDays) => today.AddDays(-Faker.Random.Int(youngestDays, oldestDays));
}
