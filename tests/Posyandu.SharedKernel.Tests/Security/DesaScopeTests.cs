using System.Security.Claims;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.ServiceRequests;

namespace Posyandu.SharedKernel.Tests.Security;

/// <summary>The village government's scope (one village, nothing for a shorter code) and its steps of the referral chain.</summary>
public sealed class DesaScopeTests
{
    private static ClaimsPrincipal User(string? region, params string[] roles)
    {
        var claims = roles.Select(r => new Claim(ClaimTypes.Role, r)).ToList();
        if (region is not null) claims.Add(new Claim(PosyanduClaims.Region, region));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    [Test]
    public void A_desa_user_sees_its_village()
    {
        var scope = DataScope.From(User("64.02.01.2001", Roles.Desa));

        Assert.That(scope.RegionPrefix, Is.EqualTo("64.02.01.2001"));
        Assert.That(scope.CanSeeRegion("64.02.01.2001"), Is.True);
        Assert.That(scope.CanSeeRegion("64.02.01.2002"), Is.False);
    }

    [TestCase("64")]
    [TestCase("64.02")]
    [TestCase("64.02.01")]
    [TestCase("not-a-code")]
    public void A_desa_user_whose_region_is_not_a_village_code_sees_nothing(string region)
    {
        var scope = DataScope.From(User(region, Roles.Desa));

        Assert.That(scope.CanSeeRegion("64.02.01.2001"), Is.False);
        Assert.That(scope.CanSeeRegion(region), Is.False);
    }

    [Test]
    public void A_wider_role_beside_desa_keeps_its_own_region()
    {
        Assert.That(DataScope.From(User("64.02", Roles.Desa, Roles.Dpmd)).RegionPrefix, Is.EqualTo("64.02"));
    }

    [Test]
    public void The_village_steps_are_the_village_governments_and_dpmds_the_rest_the_opds()
    {
        Assert.That(ServiceRequestWorkflow.RolesFor(ServiceRequestStatus.Diajukan, ServiceRequestStatus.Diverifikasi, Roles.Housing), Is.EqualTo(new[] { Roles.Desa, Roles.Dpmd }));
        Assert.That(ServiceRequestWorkflow.RolesFor(ServiceRequestStatus.Diverifikasi, ServiceRequestStatus.Diteruskan, Roles.Housing), Is.EqualTo(new[] { Roles.Desa, Roles.Dpmd }));
        Assert.That(ServiceRequestWorkflow.RolesFor(ServiceRequestStatus.Diajukan, ServiceRequestStatus.Ditolak, Roles.Housing), Is.EqualTo(new[] { Roles.Desa, Roles.Dpmd }));
        Assert.That(ServiceRequestWorkflow.RolesFor(ServiceRequestStatus.Diteruskan, ServiceRequestStatus.Ditolak, Roles.Housing), Is.EqualTo(new[] { Roles.Housing }));
        Assert.That(ServiceRequestWorkflow.RolesFor(ServiceRequestStatus.Diteruskan, ServiceRequestStatus.Diproses, Roles.Housing), Is.EqualTo(new[] { Roles.Housing }));
        Assert.That(Roles.All, Does.Contain(Roles.Desa));
        Assert.That(Roles.Sectors, Does.Not.Contain(Roles.Desa));
    }
}
