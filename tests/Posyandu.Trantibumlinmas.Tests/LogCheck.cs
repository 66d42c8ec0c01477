using Posyandu.Testing;

namespace Posyandu.Trantibumlinmas.Tests;

/// <summary>After this project's last test: no log line of any of its hosts carried a NIK or a registered name (<see cref="SuiteLog"/>).</summary>
[SetUpFixture]
public sealed class LogCheck : SuiteLogCheck;
