using System;

namespace MeetingRoomSample
{
    /// <summary>
    /// The sample is meant to be built, not run: `dotnet build samples/MeetingRoomSample` prints what the
    /// analyzer finds in the classes beside this file. Running it sends no request.
    /// </summary>
    public static class Program
    {
        public static int Main()
        {
            Console.WriteLine("MeetingRoomSample: build it to see the FeishuUatAnalyzer diagnostics (FSUAT001..FSUAT005).");
            return 0;
        }
    }
}
