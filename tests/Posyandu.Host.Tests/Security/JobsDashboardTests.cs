using System.Net;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Security;

/// <summary>Outside Development the Hangfire dashboard is for admins only.</summary>
public sealed class JobsDashboardTests
{
    [Test]
    public async Task Outside_development_only_an_admin_opens_the_jobs_dashboard()
    {
        await using var host = await TestHost.StartAsync();
        using var anonymous = host.Client();
        using var dpmd = host.Client([Roles.Dpmd], region: "64");
        using var admin = host.Client([Roles.Admin]);

        Assert.That((await anonymous.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await dpmd.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await admin.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
