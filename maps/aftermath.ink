// The aftermath: the morning after the night escape, and the first bedtime after it. A scene chapter (no
// map): src/story/chapters.ts plays the knot `aftermath` with the flags the chapters before carried, and
// `times_caught` from the campaign's own count of catches. Every flag read is declared here. Who came out
// is the night escape's count at its exit (`children_out`, `tomas_out`...), not who joined in the dream
// space: a child found and led to the Hill gate counts, one woken and left behind does not. `leo_out` is
// the dream space's count at its exit: whether Leo climbed the old stair with Mira or was told to wait.
VAR storybook_found = false
VAR stars_drawing_found = false
VAR fragments = 0
VAR leo_story = 0
VAR mira_story = 0
VAR tomas_out = false
VAR pip_out = false
VAR ayla_out = false
VAR juno_out = false
VAR leo_out = false
VAR children_out = 0
VAR niko_helped = false
VAR dream_merged = false
VAR times_caught = 0
VAR bedtime_story = 0

// Which story each told by the fire (dream-space.ink sets leo_story and mira_story 1 to 3).
=== function mira_story_name(number)
{ number:
- 1: ~ return "the bear who counts the stars"
- 2: ~ return "the music box that yawns at the end"
- 3: ~ return "the children asleep in a field"
- else: ~ return "a story she made up on the spot"
}

=== function leo_story_name(number)
{ number:
- 1: ~ return "the children who painted the stars"
- 2: ~ return "his gran's torch and the forty-one stars"
- 3: ~ return "the toy shop his sister dreams every night"
- else: ~ return "a story about his raincoat"
}

// The children who came out with Mira, as she would say them: "Tomas, Pip and Juno".
=== function out_names()
~ temp names = ""
~ temp listed = 0
{ tomas_out:
    ~ names = with_name(names, "Tomas", listed, children_out)
    ~ listed++
}
{ pip_out:
    ~ names = with_name(names, "Pip", listed, children_out)
    ~ listed++
}
{ ayla_out:
    ~ names = with_name(names, "Ayla", listed, children_out)
    ~ listed++
}
{ juno_out:
    ~ names = with_name(names, "Juno", listed, children_out)
    ~ listed++
}
~ return names

=== function with_name(names, name, listed, total)
{
- listed == 0: ~ return name
- listed == total - 1: ~ return names + " and " + name
- else: ~ return names + ", " + name
}

=== aftermath ===
The morning came grey over the district, then gold. Nobody in Mira's house had slept in a pod.
{ dream_merged:
    Vines still curled round the lamp posts, and the road outside shone faintly, like a river remembering stars.
- else:
    The town looked the same as always. The children did not.
}
Elena: You were out all night. The Enforcers were at our door by six, with a report about you. # face: worried
{
- times_caught == 0:
    Sam: Their report says they never laid a hand on you. Not once. # face: happy
    Sam: I don't know whether to be proud or terrified. Both, I think.
- times_caught == 1:
    Sam: Their report says they caught you once, and you were gone again before they'd finished writing it down.
- times_caught <= 5:
    Sam: Their report says they caught you {times_caught} times. {times_caught} times, Mira, and you kept going.
- else:
    Sam: Their report says {times_caught} catches. The officer said he'd never filled in so many boxes for one girl. # face: happy
}
Mira: I'm sorry I frightened you. I'm not sorry I went. # face: worried
Elena: No. I don't think you should be.
-> niko

= niko
{ niko_helped:
    Niko: They've taken my access card. Apparently opening their gates with their own code is "a serious breach". # face: happy
    Niko: Worth it. You should have seen their faces when the dream came up the road.
- else:
    Niko: I followed you, you know. All the way to the sanctuary. I just watched. # face: worried
    Niko: Next time I'm not watching.
}
-> leo

= leo
{ leo_story > 0:
    Leo came round at noon with his mother, his yellow raincoat still muddy from the night. He had told his whole street about {leo_story_name(leo_story)}.
- else:
    Leo came round at noon with his mother, his yellow raincoat still muddy from the night.
}
{ leo_out:
    Leo: I was right behind you up the old stair. First time I ever got to the top without being scared of it. # face: happy
- else:
    Leo: You left me by the fire and went up the old stair alone. Next time I'm coming up it with you. # face: worried
}
Leo: The kids on my street want to know when the next night is. I said ask Mira. # face: happy
{
- children_out == 4:
    Mira: Tomas, Pip, Ayla and Juno all made it to the Hill gate with me. They're asking the same. # face: happy
- children_out > 0:
    Mira: {out_names()} made it up the hill with me. They're asking too. # face: happy
- else:
    Mira: I reached the hill on my own. Next time I'll knock on every door first. # face: worried
    Mira: Nobody should have to stay asleep because nobody asked them.
}
{ tomas_out:
    Mira: Tomas walked at the back the whole way, watching for visors. He says he's taller than the Enforcers now.
}
{ pip_out:
    Mira: Pip lost a slipper in the star river. Pip wants to go back for it, and for the marshmallows.
}
{ ayla_out:
    Mira: Ayla named every star on the hill before she fell asleep. Her gran's Saucepan too.
}
{ juno_out:
    Mira: Juno held her breath past every Enforcer. She's been practising in the bath.
}
-> parents

= parents
Sam: I've been awake every night for a year, listening to that pod hum. I thought I was the only one who couldn't switch off. # face: worried
Sam: Turns out I just wanted something worth staying awake for.
Elena: I bought the pods to keep you safe. Somewhere along the way I stopped asking what you were dreaming. # face: worried
{
- fragments > 0:
    Elena: The old things you brought back from the passage. I sat up with them last night. I'd forgotten we used to tell each other stories.
- storybook_found:
    Elena: Grandma's storybook. She read it to me when I was your age. I'd forgotten.
}
Elena: We're not throwing the pods away. But we're not letting them do all the dreaming either.
-> bedtime

= bedtime
That night the whole family squeezed onto Mira's bed{ stars_drawing_found:, under Niko's old drawing of stars, pinned over her pillow now}.
Sam: New rule. Nobody's pod goes on until somebody's told a story.
Elena: Who goes first?
* { mira_story > 0 } [Tell {mira_story_name(mira_story)} again]
    ~ bedtime_story = 1
    Mira: I told this one by the fire. It's better with the lights low. # face: happy
* { leo_story > 0 } [Tell Leo's story, {leo_story_name(leo_story)}]
    ~ bedtime_story = 2
    Mira: This one is Leo's. He says I'm allowed, if I do the voices. # face: happy
* { storybook_found } [Read from the old storybook]
    ~ bedtime_story = 3
    Mira: Grandma's storybook. Page one. # face: happy
* [Make one up]
    ~ bedtime_story = 4
    Mira: Once upon a time, there was a girl who wanted to sleep under the stars... # face: happy
- Niko: {bedtime_story == 4:I think I know how that one ends.|Again tomorrow?} # face: happy
Only then did the pod's light come on. And Mira dreamed a dream that was her own.
-> END
