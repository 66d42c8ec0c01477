using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Reports;
using Posyandu.Social.Domain;
using Posyandu.Social.Features.Spm;

namespace Posyandu.Social.Tests;

/// <summary>What a household contributes to <c>sos-bantuan</c>, by the one rule of <see cref="HouseholdWelfare"/> (no host).</summary>
public sealed class SocialContributionsTests
{
    private static readonly SocialHousehold Household = new() { HouseholdId = Guid.NewGuid(), PosyanduId = Guid.NewGuid(), RegionCode = "64.02.01.2001" };

    [Test]
    public void A_bottom_decile_household_is_vulnerable_from_its_check_and_assisted_in_the_months_it_received_pkh()
    {
        var check = new DtsenCheck { Id = Guid.NewGuid(), HouseholdId = Household.HouseholdId, CheckedOn = new DateOnly(2025, 1, 20), InDtsen = true, Decile = 2 };
        var pkh = new Assistance { Id = Guid.NewGuid(), HouseholdId = Household.HouseholdId, Programme = "pkh", StartedOn = new DateOnly(2025, 3, 1) };
        pkh.End(new DateOnly(2025, 5, 10));

        var values = SocialContributions.Of(Household, new HouseholdWelfare([], [], [check], [pkh])).Values;

        Assert.That(values, Is.EquivalentTo(new[]
        {
            SpmDataValue.Span("social.households_vulnerable", new Period(2025, 1), null),
            SpmDataValue.Span("social.households_assisted", new Period(2025, 3), new Period(2025, 6)),
        }));
    }

    [Test]
    public void An_assisted_household_that_is_not_vulnerable_counts_in_neither()
    {
        var check = new DtsenCheck { Id = Guid.NewGuid(), HouseholdId = Household.HouseholdId, CheckedOn = new DateOnly(2025, 1, 20), InDtsen = true, Decile = 8 };
        var blt = new Assistance { Id = Guid.NewGuid(), HouseholdId = Household.HouseholdId, Programme = "blt-dana-desa", StartedOn = new DateOnly(2025, 2, 1) };

        Assert.That(SocialContributions.Of(Household, new HouseholdWelfare([], [], [check], [blt])).Values, Is.Empty);
    }
}
