using System.Net;
using System.Text;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Fuzz;

/// <summary>The bad inputs issue 22 lists, each once and by name: a 4xx ProblemDetails, never a 500.</summary>
public sealed partial class OpenApiFuzzTests
{
    private static readonly string LargeBody = "[" + string.Join(',', Enumerable.Repeat("""{"sex":"male","ageDays":100,"weightKg":6.1,"oedema":false}""", 40_000)) + "]";

    public static IEnumerable<TestCaseData> ListedCases()
    {
        yield return Case("POST", "/api/health/anthropometry/z-scores", "[null]", HttpStatusCode.BadRequest, "null item in the z-score list");
        yield return Case("PUT", "/api/registry/posyandu/{posyandu}/pengurus", "[null]", HttpStatusCode.BadRequest, "null item in pengurus");
        yield return Case("POST", "/api/health/anthropometry/z-scores",
            """[{"sex":"male","ageDays":400,"weightKg":1e308,"lengthHeightCm":75,"oedema":false}]""", HttpStatusCode.BadRequest, "weight 1e308");
        yield return Case("POST", "/api/health/anthropometry/z-scores",
            """[{"sex":"male","ageDays":400,"weightKg":9,"lengthHeightCm":1e-300,"oedema":false}]""", HttpStatusCode.BadRequest, "length 1e-300");
        yield return Case("POST", "/api/health/children/{child}/visits",
            """{"measuredOn":"2026-11-02","weightKg":1e308,"lengthHeightCm":80,"oedema":false}""", HttpStatusCode.BadRequest, "visit weight 1e308");
        yield return Case("GET", "/api/reporting/indicators/ajuan-sla/series?region=64.02&period=1900-01", null, HttpStatusCode.BadRequest, "series from 1900-01");
        yield return Case("GET", "/api/reporting/scorecard?region=64.02&period=2999-12", null, HttpStatusCode.BadRequest, "scorecard of 2999-12");
        yield return Case("POST", "/api/education/paud/enrolments/{paud-enrolment}/end",
            """{"endDate":"3000-01-01","status":"completed"}""", HttpStatusCode.BadRequest, "PAUD end in year 3000");
        yield return Case("POST", "/api/education/paud/enrolments/{paud-enrolment}/end",
            """{"endDate":"2999-12-31","status":"completed"}""", HttpStatusCode.BadRequest, "PAUD end 2999-12-31");
        yield return Case("POST", "/api/education/paud/enrolments/{paud-enrolment}/end",
            """{"endDate":"2026-11-20","status":2}""", HttpStatusCode.BadRequest, "an enum as an integer");
        yield return Case("POST", "/api/education/paud/enrolments/{paud-enrolment}/end",
            """{"endDate":"2026-11-20","status":"2"}""", HttpStatusCode.BadRequest, "an enum as a numeric string");
        yield return Case("POST", "/api/health/anthropometry/z-scores", LargeBody, HttpStatusCode.RequestEntityTooLarge, "a JSON body above 2 MB");
    }

    [TestCaseSource(nameof(ListedCases))]
    public async Task A_listed_bad_input_is_a_4xx_problem(string method, string path, string? body, HttpStatusCode expected)
    {
        using var admin = _host.Client([Roles.Admin]);
        var url = System.Text.RegularExpressions.Regex.Replace(path, "{([a-z-]+)}", m => _world[m.Groups[1].Value]);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await admin.SendAsync(request);

        await response.ShouldBeProblem(expected);
    }

    private static TestCaseData Case(string method, string path, string? body, HttpStatusCode expected, string name) =>
        new TestCaseData(method, path, body, expected).SetName($"A listed bad input is a {(int)expected} problem: {name}");
}
